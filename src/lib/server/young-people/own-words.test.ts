import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db, transaction } from '../db';
import { theRow } from '../db/rows';
import {
	allocations,
	auditEvents,
	meetingFeedback,
	meetingReplies,
	meetings,
	notifications,
	replies,
	statements,
	workerHellos
} from '../db/schema';
import {
	addStatement,
	allocate,
	createStaff,
	createTeam,
	createYoungPerson
} from '$tests/fixtures';
import { requestCorrection } from '../statements/answer-back';
import { takeOwnWords } from './own-words';
import { ownWordsAsText } from './own-words-text';

async function youngPersonWithWorker() {
	const worker = await createStaff(['worker'], { firstName: 'Sam' });
	const child = await createStaff(['young_person'], { firstName: 'Robin' });
	const id = await createYoungPerson({ teamId: await createTeam(), userId: child.id });
	await allocate(id, worker.id);
	return { id, userId: child.id, worker };
}

describe('download my words', () => {
	it('gives every statement and reply in words, and is audited', async () => {
		const p = await youngPersonWithWorker();
		const statementId = await addStatement(p.id, { kind: 'good_news' });
		await transaction(async (tx) => {
			await tx
				.update(statements)
				.set({ answers: { what: 'I passed my swimming badge' } })
				.where(eq(statements.id, statementId));
			await tx
				.insert(replies)
				.values({ statementId, authorId: p.worker.id, body: 'Well done you' });
		});

		const text = ownWordsAsText(await takeOwnWords(p.id, p.userId, 'text'), 'Robin');

		expect(text).toContain('I passed my swimming badge');
		expect(text).toContain('Sam');
		expect(text).toContain('Well done you');
		const events = await db()
			.select()
			.from(auditEvents)
			.where(
				and(eq(auditEvents.action, 'own_words_downloaded'), eq(auditEvents.youngPersonId, p.id))
			);
		expect(events).toHaveLength(1);
	});

	it('holds what they were told after a meeting and by a new worker, in words', async () => {
		const p = await youngPersonWithWorker();
		const meetingId = await transaction(
			async (tx) =>
				theRow(
					await tx
						.insert(meetings)
						.values({
							youngPersonId: p.id,
							type: 'looked_after_review',
							scheduledAt: new Date('2026-03-02T10:00:00Z')
						})
						.returning()
				).id
		);
		const when = new Date('2026-03-04T10:00:00Z');
		await transaction(async (tx) => {
			await tx.insert(meetingFeedback).values({
				meetingId,
				decided: 'You stay with Aunt Jo',
				viewsCounted: 'We read your views first',
				agreedRequests: [],
				recordedBy: p.worker.id,
				recordedAt: when,
				updatedAt: when,
				listenedRating: 4
			});
			await tx
				.insert(meetingReplies)
				.values({ meetingId, authorId: p.userId, body: 'Thank you for telling me' });
		});
		const newWorker = await createStaff(['worker'], { firstName: 'Priya' });
		const allocationId = await transaction(
			async (tx) =>
				theRow(
					await tx
						.insert(allocations)
						.values({ youngPersonId: p.id, workerId: newWorker.id, startedAt: when })
						.returning()
				).id
		);
		await transaction(async (tx) => {
			await tx.insert(workerHellos).values({
				allocationId,
				youngPersonId: p.id,
				workerId: newWorker.id,
				whoIAm: 'I like football',
				writtenAt: when,
				metAt: when
			});
		});

		const copy = await takeOwnWords(p.id, p.userId, 'page');
		expect(copy.told.meetings).toHaveLength(1);
		expect(copy.told.hellos).toMatchObject([{ firstName: 'Priya', whoIAm: 'I like football' }]);
		const text = ownWordsAsText(copy, 'Robin');
		for (const words of [
			'You stay with Aunt Jo',
			'We read your views first',
			'Did you feel listened to? Mostly',
			'You (',
			'Thank you for telling me',
			'Hello from Priya, your new worker',
			'I like football'
		])
			expect(text).toContain(words);
	});
});

describe('asking for a correction', () => {
	it('reaches the worker as a flagged reply with a notification, and only on their own statement', async () => {
		const p = await youngPersonWithWorker();
		const statementId = await addStatement(p.id);
		expect(
			await requestCorrection({
				youngPersonId: p.id,
				authorId: p.userId,
				statementId,
				body: 'I meant Thursday, not Tuesday'
			})
		).toBe('ok');

		const reply = (
			await db().select().from(replies).where(eq(replies.statementId, statementId)).limit(1)
		)[0]!;
		expect(reply).toMatchObject({
			body: 'I meant Thursday, not Tuesday',
			isCorrectionRequest: true,
			authorId: p.userId
		});
		const told = await db()
			.select()
			.from(notifications)
			.where(eq(notifications.userId, p.worker.id));
		expect(told).toEqual([expect.objectContaining({ kind: 'reply', statementId })]);
		expect(
			await db().select().from(auditEvents).where(eq(auditEvents.action, 'correction_requested'))
		).toHaveLength(1);

		const other = await youngPersonWithWorker();
		expect(
			await requestCorrection({
				youngPersonId: other.id,
				authorId: other.userId,
				statementId,
				body: 'not mine'
			})
		).toBe('not_found');
	});
});
