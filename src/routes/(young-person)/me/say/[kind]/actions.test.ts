import { eq } from 'drizzle-orm';
import { isActionFailure, isRedirect } from '@sveltejs/kit';
import { beforeAll, describe, expect, it } from 'vitest';
import { transaction } from '$lib/server/db';
import { youngPeople } from '$lib/server/db/schema';
import { activatedYoungPerson } from '$tests/fixtures/accounts';
import { postSayAction } from '$tests/fixtures/say-actions';
import { saveDraft } from '$lib/server/statements/mutations';
import { findOwnDraft } from '$lib/server/young-people/things';
import { DRAFT_WORDS_MOST } from '$lib/server/say/form-model';
import { load } from './+page.server';

/** The say form's own steps and saves, as a phone posts them: no word a child typed is cut. */

let child: Awaited<ReturnType<typeof activatedYoungPerson>>;
beforeAll(async () => {
	child = await activatedYoungPerson();
});

const setSimpleMode = async (on: boolean) =>
	await transaction(async (tx) => {
		await tx.update(youngPeople).set({ simpleMode: on }).where(eq(youngPeople.id, child.id));
	});

const post = (action: 'step' | 'save', kind: string, fields: Record<string, string>) =>
	postSayAction(child.userId, action, kind, fields);
const kept = async (templateId: string) =>
	(await findOwnDraft(child.id, templateId))?.answers as Record<string, string> | undefined;
const failed = (answer: unknown) => {
	if (!isActionFailure(answer)) throw new Error('expected the action to refuse');
	return answer as unknown as {
		status: number;
		data: { values: Record<string, string>; errors: object };
	};
};

describe('Next in simple mode, with words longer than the question takes', () => {
	it('stays on the question and says "too long", every word kept in the box and the draft', async () => {
		await setSimpleMode(true);
		// Kai typed 2425 characters and tapped Next; the end of them matters as much as the start.
		const words = `${'I want to see my brother more. '.repeat(78)}The end matters.`;
		expect(words.length).toBeGreaterThan(2400);
		await post('step', 'make_a_change', { step: '0', category: 'family', direction: 'next' });
		const refused = failed(
			await post('step', 'make_a_change', { step: '1', what: words, direction: 'next' })
		);
		expect(refused.status).toBe(400);
		expect(refused.data.errors).toEqual({ what: 'too_long' });
		expect(refused.data.values.what).toBe(words);
		expect((await kept('make_a_change'))?.what).toBe(words);
	});
});

describe('"Save and finish later" (and the save when the phone hides the page)', () => {
	it('keeps words longer than can be sent, whole, for Send to ask to shorten', async () => {
		await setSimpleMode(false);
		const words = `${'z'.repeat(2490)} the end`;
		expect(await post('save', 'good_news', { what: words })).toEqual({ saved: true });
		expect((await kept('good_news'))?.what).toBe(words);
	});

	it('refuses only a runaway answer, saying "too long" and giving every word back', async () => {
		await setSimpleMode(false);
		const before = await kept('good_news');
		const runaway = 'w'.repeat(DRAFT_WORDS_MOST + 1);
		const refused = failed(await post('save', 'good_news', { what: runaway }));
		expect(refused.data).toMatchObject({ values: { what: runaway }, errors: { what: 'too_long' } });
		expect(await kept('good_news')).toEqual(before);
	});
});

describe('simple mode turned on after writing on the full form', () => {
	const safeWords = 'The older boys bully me at night';

	it('asks the kept words again beside their question, and the next step follows on from them', async () => {
		await setSimpleMode(true);
		await saveDraft(child.id, 'feelings', { safe: '2', safe_words: safeWords });
		const me = { id: child.id, simpleMode: true, isCareLeaver: false };
		const page = await load({
			params: { kind: 'feelings' },
			parent: async () => ({ me }),
			url: new URL('http://localhost/me/say/feelings')
		} as never);
		expect(page.fields.map((f) => f.id).slice(0, 3)).toEqual(['safe', 'safe_words', 'healthy']);
		expect(page.values.safe_words).toBe(safeWords);

		// Emptied there, they are no longer a step: "healthy" now stands where they stood.
		const next = await post('step', 'feelings', { step: '1', safe_words: '', direction: 'next' });
		expect(isRedirect(next) && next.location).toBe('/me/say/feelings?step=1');
		expect((await kept('feelings'))?.safe_words).toBeUndefined();
	});
});
