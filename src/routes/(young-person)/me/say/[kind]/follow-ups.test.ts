import { eq } from 'drizzle-orm';
import { isActionFailure, isRedirect } from '@sveltejs/kit';
import { beforeAll, describe, expect, it } from 'vitest';
import { transaction } from '$lib/server/db';
import { youngPeople } from '$lib/server/db/schema';
import { activatedYoungPerson } from '$tests/fixtures/accounts';
import { postSayAction } from '$tests/fixtures/say-actions';
import { discardDraft } from '$lib/server/statements/mutations';
import { findOwnDraft } from '$lib/server/young-people/things';
import { load } from './+page.server';

/*
 * The simple form's steps follow the child's answers, as a phone without JavaScript posts them:
 * a follow-up is a step only while it applies, and its answer goes when it stops applying.
 */

let child: Awaited<ReturnType<typeof activatedYoungPerson>>;
beforeAll(async () => {
	child = await activatedYoungPerson();
	await transaction(async (tx) => {
		await tx.update(youngPeople).set({ simpleMode: true }).where(eq(youngPeople.id, child.id));
	});
});

const post = (action: 'step' | 'save', kind: string, fields: Record<string, string>) =>
	postSayAction(child.userId, action, kind, fields);
const wentTo = (answer: unknown) => (isRedirect(answer) ? answer.location : answer);
const draft = async (templateId: string) =>
	(await findOwnDraft(child.id, templateId))?.answers as Record<string, string> | undefined;
async function page(kind: string, search = '') {
	const me = { id: child.id, simpleMode: true, isCareLeaver: false };
	return await load({
		params: { kind },
		parent: async () => ({ me }),
		url: new URL(`http://localhost/me/say/${kind}${search}`)
	} as never);
}
const steps = async (kind: string) => (await page(kind)).fields.map((f) => f.id);

describe('"My meeting is not here" on the simple form', () => {
	it('is followed by what the meeting is and when, and by nothing once a listed one is chosen', async () => {
		await discardDraft(child.id, 'before_meeting');
		const next = await post('step', 'before_meeting', { step: '0', meeting: 'other' });
		expect(wentTo(next)).toBe('/me/say/before_meeting?step=1');
		expect((await steps('before_meeting')).slice(0, 3)).toEqual([
			'meeting',
			'meeting_what',
			'meeting_when'
		]);
		const asked = (await page('before_meeting', '?step=1')).fields[1]!;
		expect(asked.label).toBe('What is the meeting? You can say it in your own words.');
		await post('step', 'before_meeting', { step: '1', meeting_what: 'My review' });
		expect((await draft('before_meeting'))?.meeting_what).toBe('My review');
	});

	it('from "Ready to send?", asks the new follow-ups before going back there', async () => {
		await discardDraft(child.id, 'before_meeting');
		const first = await post('step', 'before_meeting', {
			step: '0',
			meeting: 'other',
			review: '1'
		});
		expect(wentTo(first)).toBe('/me/say/before_meeting?step=1&review=1');
		const second = await post('step', 'before_meeting', {
			step: '1',
			meeting_what: 'Review',
			review: '1'
		});
		expect(wentTo(second)).toBe('/me/say/before_meeting?step=2&review=1');
		const last = await post('step', 'before_meeting', {
			step: '2',
			meeting_when: 'Friday',
			review: '1'
		});
		const all = (await steps('before_meeting')).length;
		expect(wentTo(last)).toBe(`/me/say/before_meeting?step=${all}`);
	});
});

describe('a follow-up on the simple form', () => {
	it('is no step after an answer it does not follow, and its answer is not kept', async () => {
		await discardDraft(child.id, 'before_meeting');
		await post('step', 'before_meeting', { step: '0', meeting: 'other' });
		const go = (await steps('before_meeting')).indexOf('go');
		await post('step', 'before_meeting', { step: String(go), go: 'yes' });
		expect(await steps('before_meeting')).toContain('attend');
		await post('step', 'before_meeting', { step: String(go + 1), attend: 'attend_speak' });
		expect((await draft('before_meeting'))?.attend).toBe('attend_speak');

		// Back to "Do you want to go?": "No" takes "How do you want to take part?" away.
		const next = await post('step', 'before_meeting', { step: String(go), go: 'no' });
		expect(wentTo(next)).toBe(`/me/say/before_meeting?step=${go + 1}`);
		expect(await steps('before_meeting')).not.toContain('attend');
		expect((await draft('before_meeting'))?.attend).toBeUndefined();
		expect((await page('before_meeting', `?step=${go + 1}`)).fields[go + 1]?.id).toBe(
			'who_there_picks'
		);
	});

	it('leaves no language in the draft of a form saved with "No" to an interpreter', async () => {
		await transaction(async (tx) => {
			await tx.update(youngPeople).set({ simpleMode: false }).where(eq(youngPeople.id, child.id));
		});
		const saved = await post('save', 'before_meeting', {
			meeting: 'other',
			meeting_other_type: 'looked_after_review',
			interpreter: 'no',
			interpreter_language: 'another',
			interpreter_language_other: 'Tigrinya'
		});
		expect(saved).toEqual({ saved: true });
		expect(await draft('before_meeting')).toEqual({
			meeting: 'other',
			meeting_other_type: 'looked_after_review',
			interpreter: 'no'
		});
		await post('save', 'before_meeting', { meeting: 'x', meeting_other_type: 'childrens_hearing' });
		expect(await draft('before_meeting')).toEqual({ meeting: 'x' });
		await transaction(async (tx) => {
			await tx.update(youngPeople).set({ simpleMode: true }).where(eq(youngPeople.id, child.id));
		});
	});
});

describe('a change on the simple form', () => {
	it('does not move on without words about what should change, kindly, keeping the category', async () => {
		await discardDraft(child.id, 'make_a_change');
		await post('step', 'make_a_change', { step: '0', category: 'family_time' });
		const refused = await post('step', 'make_a_change', { step: '1', what: '' });
		if (!isActionFailure(refused)) throw new Error('expected Next to be refused');
		expect(refused.data).toMatchObject({ errors: { what: 'required' }, step: 1 });
		expect((await draft('make_a_change'))?.category).toBe('family_time');
		const field = (await page('make_a_change', '?step=1')).fields[1]!;
		expect(field.requiredWords).toBe(
			'Please tell us what you want to change. A few words is fine.'
		);
	});
});
