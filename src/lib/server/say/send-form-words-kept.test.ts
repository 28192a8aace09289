import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '../db';
import { statements, youngPeople } from '../db/schema';
import { allocate, createStaff, createTeam, createYoungPerson } from '$tests/fixtures';
import { describeYoungPerson } from '../young-people/queries';
import { currentTemplate, type Template } from '$lib/templates';
import { refusedSend } from '$lib/http/send-statement';
import { discardDraft, saveDraft } from '../statements/mutations';
import { sendStatementForm } from './send-form';

/** Every word a young person wrote reaches a worker, or comes back to them: none is cut or dropped. */

const goodNews = currentTemplate('good_news');
const feelings = currentTemplate('feelings');

let jordan: Awaited<ReturnType<typeof describeYoungPerson>>;
let kai: typeof jordan;

beforeAll(async () => {
	const team = await createTeam();
	const worker = await createStaff(['worker']);
	const person = async (name: string) => {
		const id = await createYoungPerson({ teamId: team, preferredName: name });
		await allocate(id, worker.id);
		const row = (await db().select().from(youngPeople).where(eq(youngPeople.id, id)).limit(1))[0]!;
		return await describeYoungPerson(row);
	};
	[jordan, kai] = [await person('Jordan'), await person('Kai')];
});

const send = async (
	who: typeof jordan,
	template: Template,
	simple: boolean,
	form: Record<string, unknown>
) =>
	await sendStatementForm({
		form,
		template,
		person: who,
		actorId: 'actor',
		simple,
		language: 'en'
	});
const stored = async (key: string) =>
	await db()
		.select({ answers: statements.answers })
		.from(statements)
		.where(eq(statements.idempotencyKey, key));
/** The failure's data, as the page gets it. */
const failure = (result: Awaited<ReturnType<typeof send>>) => {
	if (result.sent) throw new Error('expected a failure');
	const refused = refusedSend(result);
	return { status: refused.status, ...refused.data };
};

describe('words too long to send', () => {
	it('are refused with "too long", every one of them given back', async () => {
		const words = `${'x'.repeat(2490)} the end`;
		const refused = failure(
			await send(jordan, goodNews, false, { what: words, idempotencyKey: 'form-key-long-1' })
		);
		expect(refused).toMatchObject({ status: 400, values: { what: words } });
		expect(refused.errors).toEqual({ what: 'too_long' });
		expect(await stored('form-key-long-1')).toEqual([]);
	});

	it('in a simple-mode draft open their own step, every word in its box', async () => {
		const words = `${'y'.repeat(2490)} the end`;
		await saveDraft(kai.id, goodNews.id, { news_about: 'something_i_did', what: words });
		const refused = failure(
			await send(kai, goodNews, true, { idempotencyKey: 'form-key-simple-long-1' })
		);
		// Question 2 of the simple good news: what happened. "Ready to send?" shows no boxes.
		expect(refused).toMatchObject({ status: 400, values: { what: words }, step: 1 });
		expect(refused.errors).toEqual({ what: 'too_long' });
		expect(await stored('form-key-simple-long-1')).toEqual([]);
		await discardDraft(kai.id, goodNews.id);
	});
});

describe('a simple-mode send with words kept from the full form', () => {
	const faces = Object.fromEntries(
		feelings.questions.filter((q) => q.type === 'face').map((q) => [q.id, '3'])
	);

	it('sends the words written before simple mode was turned on', async () => {
		const safeWords = 'The older boys bully me at night';
		await saveDraft(kai.id, feelings.id, { ...faces, safe: '2', safe_words: safeWords });
		const result = await send(kai, feelings, true, { idempotencyKey: 'form-key-kept-words-1' });
		expect(result.sent).toBe(true);
		expect((await stored('form-key-kept-words-1'))[0]?.answers).toMatchObject({
			safe: 2,
			safe_words: safeWords
		});
	});
});
