import { eq } from 'drizzle-orm';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { allocate, createStaff, createTeam, createYoungPerson } from '$tests/fixtures';
import { getLocale, overwriteGetLocale } from '$lib/paraglide/runtime.js';
import { currentTemplate, findTemplate } from '$lib/templates';
import { describeAnswers } from '$lib/templates/describe';
import { db } from '../db';
import { statements, youngPeople } from '../db/schema';
import { caseRecordText } from '../casefile/text';
import { describeYoungPerson } from '../young-people/queries';
import { interpreterAsked, interpreterForMeeting } from './interpreter';
import { readStatement } from './reader';
import { newId } from '../ids';
import { sendStatementForm } from '../say/send-form';

const requestLocale = getLocale;
afterEach(() => overwriteGetLocale(requestLocale));

let person: Awaited<ReturnType<typeof describeYoungPerson>>;
beforeAll(async () => {
	const team = await createTeam();
	const worker = await createStaff(['worker']);
	const id = await createYoungPerson({ teamId: team, preferredName: 'Oksana' });
	await allocate(id, worker.id);
	person = await describeYoungPerson(
		(await db().select().from(youngPeople).where(eq(youngPeople.id, id)).limit(1))[0]!
	);
});

const file = { preferredName: 'Oksana', caseReference: 'GB-TEST-1' };

/** Sends the views before a meeting from a page in `locale`, as the form posts them. */
async function sendViews(locale: 'pl' | 'en', answers: Record<string, string>) {
	overwriteGetLocale(() => locale);
	const sent = await sendStatementForm({
		form: {
			meeting: 'other',
			meeting_other_type: 'looked_after_review',
			want_to_happen: 'Chcę zostać w mojej szkole.',
			idempotencyKey: newId(),
			...answers
		},
		template: currentTemplate('before_meeting'),
		person,
		actorId: person.id,
		simple: false,
		language: locale
	});
	overwriteGetLocale(requestLocale);
	if (!sent.sent) throw new Error(JSON.stringify(sent));
	return (await readStatement({ youngPerson: person.id }, sent.id))!;
}

describe('a statement keeps the language it was written in', () => {
	it('is the language of the page it was sent from, and staff are told it', async () => {
		const s = await sendViews('pl', { interpreter: 'no' });
		expect(s.statement.language).toBe('pl');
		const text = caseRecordText(file, [s], 'Sam', new Date('2026-03-02T10:00:00Z'));
		expect(text).toContain('Language: Written in Polish');
		// The young person's words come through as they wrote them.
		expect(text).toContain('Chcę zostać w mojej szkole.');
	});

	it('says nothing of English, the language most are written in', async () => {
		const s = await sendViews('en', {});
		expect(s.statement.language).toBe('en');
		expect(caseRecordText(file, [s], 'Sam', new Date())).not.toContain('Written in');
	});
});

describe('the interpreter question before a meeting', () => {
	it('is asked in a new version of the form; the views before it still read as asked', () => {
		const v3 = findTemplate('before_meeting', 3)!;
		const now = currentTemplate('before_meeting');
		expect(now.version).toBeGreaterThanOrEqual(4);
		expect(now.questions.map((q) => q.id)).toContain('interpreter');
		expect(v3.questions.map((q) => q.id)).not.toContain('interpreter');
		const old = describeAnswers(
			'before_meeting',
			3,
			{ meeting: 'other', attend: 'advocate' },
			false
		);
		expect(old.map((a) => a.questionId)).not.toContain('interpreter');
		expect(
			interpreterAsked({
				templateId: 'before_meeting',
				templateVersion: 3,
				answers: { interpreter: 'yes' },
				anonymisedAt: null
			})
		).toBeNull();
	});

	it('tells staff the interpreter and the language asked for, at the head of the record', async () => {
		const s = await sendViews('pl', { interpreter: 'yes', interpreter_language: 'arabic' });
		expect(interpreterAsked(s.statement)).toEqual({ wanted: 'yes', language: 'Arabic (العربية)' });
		const text = caseRecordText(file, [s], 'Sam', new Date());
		expect(text).toContain(
			'Interpreter: Wants an interpreter at the meeting. Language: Arabic (العربية)'
		);
		expect(s.answers.find((a) => a.questionId === 'interpreter')?.answer).toBe('Yes, please');
	});

	it('takes a language named in the young person’s own words, and asks staff to ask when none is', async () => {
		const named = await sendViews('pl', {
			interpreter: 'not_sure',
			interpreter_language: 'another',
			interpreter_language_other: 'Tigrinya'
		});
		expect(interpreterAsked(named.statement)).toEqual({ wanted: 'not_sure', language: 'Tigrinya' });
		const none = await sendViews('pl', { interpreter: 'yes' });
		expect(interpreterAsked(none.statement)).toEqual({ wanted: 'yes', language: null });
		expect(caseRecordText(file, [none], 'Sam', new Date())).toContain(
			'They did not say which language: ask them.'
		);
	});

	it('for a meeting, is what the latest views said: a later "no" takes back a "yes"', async () => {
		const yes = await sendViews('pl', { interpreter: 'yes', interpreter_language: 'polish' });
		const no = await sendViews('pl', { interpreter: 'no' });
		expect(interpreterForMeeting([yes.statement])).toMatchObject({ language: 'Polish (Polski)' });
		expect(interpreterForMeeting([yes.statement, no.statement])).toBeNull();
		const rows = await db().select().from(statements).where(eq(statements.id, yes.statement.id));
		expect(rows[0]!.answers).toMatchObject({ interpreter: 'yes', interpreter_language: 'polish' });
	});
});
