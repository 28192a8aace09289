import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db, transaction } from '../db';
import { statements } from '../db/schema';
import { setSetting } from '../settings';
import { addStatement, createTeam, createYoungPerson } from '$tests/fixtures';
import { countDueForRetention, runRetention } from './retention';

const NOW = new Date('2032-06-01T09:00:00Z');
const DAY = 86_400_000;
const WORDS = { category: 'family_time', what: 'See my gran more' };

/** A record archived at `archivedAt` with one statement sent long before it. */
async function archivedWithOldWords(archivedAt: Date) {
	const youngPersonId = await createYoungPerson({ teamId: await createTeam(), archivedAt });
	const id = await addStatement(youngPersonId, { kind: 'make_a_change' });
	await transaction(async (tx) => {
		await tx
			.update(statements)
			.set({ answers: WORDS, sentAt: new Date('2020-01-10T10:00:00Z') })
			.where(eq(statements.id, id));
	});
	return id;
}

const row = async (id: string) =>
	(await db().select().from(statements).where(eq(statements.id, id)).limit(1))[0]!;

describe('retention counts from when the record was archived', () => {
	beforeAll(async () => {
		await transaction(async (tx) => await setSetting(tx, 'retentionMonths', 1));
	});

	it('keeps the words of a record archived yesterday, even those sent years ago', async () => {
		const id = await archivedWithOldWords(new Date(NOW.getTime() - DAY));
		expect(await countDueForRetention(NOW)).toBe(0);
		expect((await runRetention(NOW)).statements).toBe(0);
		expect((await row(id)).anonymisedAt).toBeNull();
		expect((await row(id)).answers).toEqual(WORDS);
	});

	it('removes the words of a record archived two months ago, and counts it first', async () => {
		const yesterday = await archivedWithOldWords(new Date(NOW.getTime() - DAY));
		const id = await archivedWithOldWords(new Date('2032-04-01T09:00:00Z'));
		expect(await countDueForRetention(NOW)).toBe(1);
		expect(await runRetention(NOW)).toMatchObject({ statements: 1, youngPeople: 1 });
		expect((await row(id)).anonymisedAt).toEqual(NOW);
		expect((await row(id)).answers).toEqual({ category: 'family_time' });
		expect((await row(yesterday)).answers).toEqual(WORDS);
	});
});
