import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { SHANARRI_AREAS } from '$lib/vocabulary';
import { db, transaction } from '../db';
import { aboutMe, auditEvents, chosenQuotes, outcomes, replies, statements } from '../db/schema';
import { addStatement, createStaff, createTeam, createYoungPerson } from '$tests/fixtures';
import { countDueForRetention, runRetention } from './retention';

const NOW = new Date('2032-06-01T09:00:00Z');
const LONG_AGO = new Date('2024-01-10T10:00:00Z'); // over the default 72 months before NOW
const RECENT = new Date('2031-01-10T10:00:00Z'); // within 72 months before NOW

async function said(
	youngPersonId: string,
	kind: 'feelings' | 'make_a_change',
	answers: Record<string, unknown>,
	sentAt: Date,
	workerId: string
) {
	const id = await addStatement(youngPersonId, { kind });
	const readAt = new Date(sentAt.getTime() + 3_600_000);
	await transaction(async (tx) => {
		await tx
			.update(statements)
			.set({
				answers,
				sentAt,
				firstReadAt: readAt,
				firstReadBy: workerId,
				firstRepliedAt: readAt,
				listenedRating: 4,
				changeCategory: kind === 'make_a_change' ? 'family_time' : null,
				status: 'replied'
			})
			.where(eq(statements.id, id));
		await tx.insert(replies).values({
			statementId: id,
			authorId: workerId,
			body: 'We talked about this with your carer',
			createdAt: readAt
		});
		if (kind === 'make_a_change')
			await tx.insert(outcomes).values({
				statementId: id,
				decision: 'partly_agreed',
				explanation: 'You can see your gran on Saturdays',
				recordedBy: workerId,
				recordedAt: readAt
			});
	});
	return id;
}

/** What participation reports are built from: anything here changing would change a past report. */
async function reportFigures(ids: string[]) {
	// In a stated order: PostgreSQL may return rows in a new order once they have been updated.
	const rows = (await db().select().from(statements).orderBy(statements.id)).filter((s) =>
		ids.includes(s.id)
	);
	const figures = [];
	for (const s of rows)
		figures.push({
			kind: s.kind,
			category: s.changeCategory,
			sentAt: s.sentAt,
			readAt: s.firstReadAt,
			repliedAt: s.firstRepliedAt,
			listened: s.listenedRating,
			urgent: s.urgent,
			scores: SHANARRI_AREAS.map((a) => s.answers[a] ?? null),
			choice: s.answers.category ?? null,
			decision:
				(await db().select().from(outcomes).where(eq(outcomes.statementId, s.id)).limit(1))[0]
					?.decision ?? null,
			replies: (await db().select().from(replies).where(eq(replies.statementId, s.id))).map((r) =>
				r.createdAt.getTime()
			)
		});
	return figures;
}

describe('retention', () => {
	it('removes free text from old statements of archived records, keeps every report figure, and is audited', async () => {
		const worker = await createStaff(['worker']);
		const teamId = await createTeam();
		const archived = await createYoungPerson({
			teamId,
			archivedAt: new Date('2025-03-01T00:00:00Z')
		});
		// Archived within the period: every statement keeps its words, however old.
		const recentlyArchived = await createYoungPerson({ teamId, archivedAt: RECENT });
		const current = await createYoungPerson({ teamId });
		const feelings = {
			safe: 2,
			safe_words: 'I do not like the new house',
			healthy: 5,
			achieving: 4
		};
		const change = { category: 'family_time', what: 'See my gran more', why: 'I miss her' };
		const old = [
			await said(archived, 'feelings', feelings, LONG_AGO, worker.id),
			await said(archived, 'make_a_change', change, LONG_AGO, worker.id)
		];
		const keptRecent = await said(recentlyArchived, 'feelings', feelings, LONG_AGO, worker.id);
		const keptCurrent = await said(current, 'make_a_change', change, LONG_AGO, worker.id);
		await transaction(async (tx) => {
			await tx
				.insert(aboutMe)
				.values({ youngPersonId: archived, likes: 'Football and my dog', updatedAt: LONG_AGO });
		});
		const all = [...old, keptRecent, keptCurrent];
		const before = await reportFigures(all);
		expect(await countDueForRetention(NOW)).toBe(2);

		const result = await runRetention(NOW, null);

		expect(result).toEqual({ statements: 2, replies: 2, outcomes: 1, youngPeople: 1 });
		expect(await reportFigures(all)).toEqual(before);
		const text = JSON.stringify(
			(await db().select().from(statements)).filter((s) => old.includes(s.id))
		);
		for (const words of ['new house', 'gran', 'miss her']) expect(text).not.toContain(words);
		for (const id of old) {
			expect(
				(await db().select().from(statements).where(eq(statements.id, id)).limit(1))[0]!
					.anonymisedAt
			).toEqual(NOW);
			expect(
				(await db().select().from(replies).where(eq(replies.statementId, id))).every(
					(r) => r.body === ''
				)
			).toBe(true);
		}
		expect(
			(await db().select().from(outcomes).where(eq(outcomes.statementId, old[1]!)).limit(1))[0]!
				.explanation
		).toBe('');
		expect(
			(await db().select().from(aboutMe).where(eq(aboutMe.youngPersonId, archived)).limit(1))[0]!
				.likes
		).toBe('');
		// Statements of a record archived within the period, and of one still open, keep their words.
		for (const id of [keptRecent, keptCurrent]) {
			const row = (await db().select().from(statements).where(eq(statements.id, id)).limit(1))[0]!;
			expect(row.anonymisedAt).toBeNull();
			expect(JSON.stringify(row.answers)).toMatch(/new house|gran/);
		}
		const events = await db()
			.select()
			.from(auditEvents)
			.where(eq(auditEvents.action, 'retention_run'));
		expect(events.at(-1)?.detail).toMatchObject({ statements: 2, replies: 2, outcomes: 1 });

		expect((await runRetention(NOW)).statements).toBe(0);
	});

	it("takes a lead's chosen quote of the words with them, and keeps the quotes of words still kept", async () => {
		const lead = await createStaff(['participation_lead']);
		const teamId = await createTeam();
		const archived = await createYoungPerson({ teamId, archivedAt: LONG_AGO });
		const current = await createYoungPerson({ teamId });
		const change = { category: 'money', what: 'Help paying for college equipment' };
		const gone = await said(archived, 'make_a_change', change, LONG_AGO, lead.id);
		const kept = await said(current, 'make_a_change', change, LONG_AGO, lead.id);
		await transaction(async (tx) => {
			for (const statementId of [gone, kept])
				await tx
					.insert(chosenQuotes)
					.values({ statementId, quote: 'Help paying for college equipment.', chosenBy: lead.id });
		});

		await runRetention(NOW, null);

		const quotes = await db().select().from(chosenQuotes);
		expect(quotes.map((q) => q.statementId)).toEqual([kept]);
	});
});
