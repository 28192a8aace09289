import { eq } from 'drizzle-orm';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { db } from '../db';
import { statements, youngPeople } from '../db/schema';
import { allocate, createStaff, createTeam, createYoungPerson } from '$tests/fixtures';
import { describeYoungPerson } from '../young-people/queries';
import { currentTemplate } from '$lib/templates';
import { refusedSend } from '$lib/http/send-statement';
import { sendStatementForm } from './send-form';
import { fillTheDatabase, makeRoom } from '$tests/fixtures/full-database';

const goodNews = currentTemplate('good_news');

let jordan: Awaited<ReturnType<typeof describeYoungPerson>>;
let kai: Awaited<ReturnType<typeof describeYoungPerson>>;
const person = async (id: string) =>
	await describeYoungPerson(
		(await db().select().from(youngPeople).where(eq(youngPeople.id, id)).limit(1))[0]!
	);

beforeAll(async () => {
	const team = await createTeam();
	const worker = await createStaff(['worker']);
	const ids = [
		await createYoungPerson({ teamId: team, preferredName: 'Jordan' }),
		await createYoungPerson({ teamId: team, preferredName: 'Kai' })
	];
	for (const id of ids) await allocate(id, worker.id);
	[jordan, kai] = (await Promise.all(ids.map(person))) as [typeof jordan, typeof kai];
});

const send = async (who: typeof jordan, form: Record<string, unknown>) =>
	await sendStatementForm({
		form,
		template: goodNews,
		person: who,
		actorId: 'actor',
		simple: false,
		language: 'en'
	});
const stored = async (key: string) =>
	await db()
		.select({ answers: statements.answers })
		.from(statements)
		.where(eq(statements.idempotencyKey, key));
/** The failure's data, as the page gets it (through the route's translation). */
const failure = (result: Awaited<ReturnType<typeof send>>) => {
	if (result.sent) throw new Error('expected a failure');
	const refused = refusedSend(result);
	return {
		status: refused.status,
		...(refused.data as {
			values: Record<string, string>;
			formError?: string;
			idempotencyKey?: string;
		})
	};
};

describe('sending a statement from a form', () => {
	it('stores a double send with the same words once, and answers both with the same statement', async () => {
		const first = await send(jordan, { what: 'I passed', idempotencyKey: 'form-key-same-1' });
		const again = await send(jordan, { what: 'I passed', idempotencyKey: 'form-key-same-1' });
		expect('id' in first && 'id' in again && first.id === again.id).toBe(true);
		expect(await stored('form-key-same-1')).toHaveLength(1);
	});

	it('stores a double send once when the form sent its empty boxes too, as a real form and the queue do', async () => {
		const asTheFormSendsIt = {
			what: 'I passed',
			what_helped: '',
			idempotencyKey: 'form-key-blank-1'
		};
		const first = await send(jordan, asTheFormSendsIt);
		const again = await send(jordan, asTheFormSendsIt);
		expect(again.sent).toBe(true);
		expect('id' in first && 'id' in again && first.id === again.id).toBe(true);
		expect(await stored('form-key-blank-1')).toHaveLength(1);
	});

	it('does not drop new words sent under a used key: it says so, keeps them, and gives a fresh key', async () => {
		await send(jordan, { what: 'First words', idempotencyKey: 'form-key-other-1' });
		const refused = failure(
			await send(jordan, { what: 'Second words', idempotencyKey: 'form-key-other-1' })
		);
		expect(refused).toMatchObject({
			status: 409,
			formError: 'sent_before_with_other_words',
			values: { what: 'Second words' }
		});
		expect(refused.idempotencyKey).not.toBe('form-key-other-1');
		expect((await stored('form-key-other-1')).map((s) => s.answers)).toEqual([
			{ what: 'First words' }
		]);

		const sentNow = await send(jordan, {
			what: 'Second words',
			idempotencyKey: refused.idempotencyKey
		});
		expect('id' in sentNow).toBe(true);
	});

	it("refuses another young person's key with a 4xx, keeping the words, and leaves their statement alone", async () => {
		await send(jordan, { what: 'Jordan wrote this', idempotencyKey: 'form-key-taken-1' });
		const refused = failure(
			await send(kai, { what: 'Kai wrote this', idempotencyKey: 'form-key-taken-1' })
		);
		expect(refused).toMatchObject({ status: 409, values: { what: 'Kai wrote this' } });
		expect(refused.idempotencyKey).toMatch(/^\w{10,}$/);
		expect((await stored('form-key-taken-1')).map((s) => s.answers)).toEqual([
			{ what: 'Jordan wrote this' }
		]);
	});

	it('keeps which form the young person saw, so a question the simple one left out reads as not asked', async () => {
		const simple = await sendStatementForm({
			form: {
				news_about: 'something_i_did',
				what: 'I scored',
				idempotencyKey: 'form-key-simple-1'
			},
			template: goodNews,
			person: kai,
			actorId: 'actor',
			simple: true,
			language: 'en'
		});
		await send(jordan, { what: 'I passed', idempotencyKey: 'form-key-whole-1' });
		const mode = async (key: string) =>
			(
				await db()
					.select({ simpleMode: statements.simpleMode })
					.from(statements)
					.where(eq(statements.idempotencyKey, key))
					.limit(1)
			)[0]?.simpleMode;
		expect('id' in simple).toBe(true);
		expect(await mode('form-key-simple-1')).toBe(true);
		expect(await mode('form-key-whole-1')).toBe(false);
	});

	describe('when the database is full', () => {
		afterEach(makeRoom);

		it('gives every word back with "not saved", keeps the key, stores nothing, and sends once there is room', async () => {
			await fillTheDatabase();
			// Longer than a page holds, so storing them needs a new page whatever room is left in the others.
			const words = 'x'.repeat(2000);
			const helped = 'y'.repeat(2000);
			const result = failure(
				await send(jordan, { what: words, what_helped: helped, idempotencyKey: 'form-key-full-1' })
			);
			expect(result).toMatchObject({
				status: 503,
				formError: 'not_saved',
				idempotencyKey: 'form-key-full-1',
				values: { what: words, what_helped: helped }
			});
			expect(await stored('form-key-full-1')).toEqual([]);

			await makeRoom();
			expect(
				'id' in
					(await send(jordan, {
						what: words,
						what_helped: helped,
						idempotencyKey: 'form-key-full-1'
					}))
			).toBe(true);
		});
	});
});
