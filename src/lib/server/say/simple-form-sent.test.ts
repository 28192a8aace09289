import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '../db';
import { statements, youngPeople } from '../db/schema';
import { allocate, createStaff, createTeam, createYoungPerson } from '$tests/fixtures';
import { describeYoungPerson } from '../young-people/queries';
import { currentTemplate } from '$lib/templates';
import { newId } from '../ids';
import { readStatement } from '../statements/reader';
import { scheduleMeeting } from '../meetings/mutations';
import { sendStatementForm } from './send-form';

/*
 * What a child sends from the simple form is kept and read back as they were asked it: in the
 * simple form's words, with no answer to a follow-up that did not apply, and a change that says
 * what should change.
 */

let maya: Awaited<ReturnType<typeof describeYoungPerson>>;
let worker: Awaited<ReturnType<typeof createStaff>>;

beforeAll(async () => {
	const team = await createTeam();
	worker = await createStaff(['worker']);
	const id = await createYoungPerson({ teamId: team, preferredName: 'Maya' });
	await allocate(id, worker.id);
	const row = (await db().select().from(youngPeople).where(eq(youngPeople.id, id)))[0]!;
	maya = await describeYoungPerson(row);
});

const send = async (kind: 'before_meeting' | 'make_a_change', form: object, simple = true) =>
	await sendStatementForm({
		form: { idempotencyKey: newId(), ...form },
		template: currentTemplate(kind),
		person: maya,
		actorId: 'maya',
		simple,
		language: 'en'
	});
const sentId = (result: Awaited<ReturnType<typeof send>>) => {
	if (!result.sent) throw new Error(`refused: ${JSON.stringify(result.form)}`);
	return result.id;
};
const storedAnswers = async (id: string) =>
	(await db().select().from(statements).where(eq(statements.id, id)))[0]!.answers;

describe('a statement sent from the simple form', () => {
	it('reads back to the child and to their worker with the questions the child was asked', async () => {
		const id = sentId(
			await send('before_meeting', {
				meeting: 'other',
				want_to_happen: 'See my brother more',
				interpreter: 'no'
			})
		);
		for (const reader of [{ youngPerson: maya.id }, { staff: worker }]) {
			const read = await readStatement(reader, id, { urgentReach: 'staff' in reader });
			const said = read!.answers.find((a) => a.questionId === 'want_to_happen')!;
			expect(said).toMatchObject({
				question: 'House of dreams: what do you wish for?',
				answer: 'See my brother more'
			});
			const interpreter = read!.answers.find((a) => a.questionId === 'interpreter')!;
			expect(interpreter.question).toBe('Do you want someone there who speaks your language?');
			// Which language is a follow-up "No" left out: it is not shown as a question left blank.
			expect(read!.answers.map((a) => a.questionId)).not.toContain('interpreter_language');
		}
	});

	it('keeps no answer to a follow-up whose question was answered so that it does not apply', async () => {
		const id = sentId(
			await send('before_meeting', {
				meeting: 'other',
				meeting_what: 'My review',
				go: 'no',
				attend: 'attend_speak',
				interpreter: 'no',
				interpreter_language: 'polish',
				interpreter_language_other: 'Tigrinya'
			})
		);
		const answers = await storedAnswers(id);
		expect(answers).toMatchObject({ meeting: 'other', meeting_what: 'My review', go: 'no' });
		for (const notAsked of ['attend', 'interpreter_language', 'interpreter_language_other'])
			expect(answers, notAsked).not.toHaveProperty(notAsked);
	});

	it('keeps what a child says about a meeting not on their list, and their worker reads it', async () => {
		const id = sentId(
			await send('before_meeting', {
				meeting: 'other',
				meeting_what: 'My review at school',
				meeting_when: 'Next Tuesday'
			})
		);
		const read = await readStatement({ staff: worker }, id);
		const said = Object.fromEntries(read!.answers.map((a) => [a.questionId, a]));
		expect(said.meeting_what).toMatchObject({
			question: 'What is the meeting? You can say it in your own words.',
			answer: 'My review at school'
		});
		expect(said.meeting_when?.answer).toBe('Next Tuesday');
	});

	it('keeps nothing said about a meeting not listed once a listed one is chosen', async () => {
		const soon = new Date(Date.now() + 7 * 24 * 3600_000);
		const meeting = await scheduleMeeting(worker, {
			youngPersonId: maya.id,
			type: 'looked_after_review',
			scheduledAt: soon,
			chair: 'Chair'
		});
		if (typeof meeting === 'string') throw new Error(meeting);
		const form = { meeting: meeting.id, meeting_what: 'My review', meeting_when: 'Soon' };
		const answers = await storedAnswers(sentId(await send('before_meeting', form)));
		expect(answers).toEqual({ meeting: meeting.id });
	});
});

describe('a change asked for on the simple form', () => {
	it('is not sent with only a category: it asks what should change, keeping the category', async () => {
		const result = await send('make_a_change', { category: 'family_time' });
		expect(result.sent).toBe(false);
		if (result.sent) return;
		expect(result.refusal).toBe('answers');
		expect(result.form.errors).toEqual({ what: 'required' });
		expect(result.form.values.category).toBe('family_time');
		// The page to go back to is the one that asks what they want changed.
		expect(result.form.step).toBe(1);
	});

	it('is sent once it says what should change', async () => {
		const id = sentId(await send('make_a_change', { category: 'family_time', what: 'See my mum' }));
		expect(await storedAnswers(id)).toMatchObject({ category: 'family_time', what: 'See my mum' });
	});

	it('asks the same of the full form', async () => {
		const result = await send('make_a_change', { category: 'family_time', what: '  ' }, false);
		expect(!result.sent && result.form.errors).toEqual({ what: 'required' });
	});
});
