import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '../db';
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
	const id = createYoungPerson({ teamId: createTeam(), userId: child.id });
	allocate(id, worker.id);
	return { id, userId: child.id, worker };
}

describe('download my words', () => {
	it('gives every statement and reply in words, and is audited', async () => {
		const p = await youngPersonWithWorker();
		const statementId = addStatement(p.id, { kind: 'good_news' });
		db()
			.update(statements)
			.set({ answers: { what: 'I passed my swimming badge' } })
			.where(eq(statements.id, statementId))
			.run();
		db()
			.insert(replies)
			.values({ statementId, authorId: p.worker.id, body: 'Well done you' })
			.run();

		const text = ownWordsAsText(takeOwnWords(p.id, p.userId, 'text'), 'Robin');

		expect(text).toContain('I passed my swimming badge');
		expect(text).toContain('Sam');
		expect(text).toContain('Well done you');
		const events = db()
			.select()
			.from(auditEvents)
			.where(
				and(eq(auditEvents.action, 'own_words_downloaded'), eq(auditEvents.youngPersonId, p.id))
			)
			.all();
		expect(events).toHaveLength(1);
	});

	it('holds what they were told after a meeting and by a new worker, in words', async () => {
		const p = await youngPersonWithWorker();
		const meetingId = db()
			.insert(meetings)
			.values({
				youngPersonId: p.id,
				type: 'looked_after_review',
				scheduledAt: new Date('2026-03-02T10:00:00Z')
			})
			.returning()
			.get().id;
		const when = new Date('2026-03-04T10:00:00Z');
		db()
			.insert(meetingFeedback)
			.values({
				meetingId,
				decided: 'You stay with Aunt Jo',
				viewsCounted: 'We read your views first',
				agreedRequests: [],
				recordedBy: p.worker.id,
				recordedAt: when,
				updatedAt: when,
				listenedRating: 4
			})
			.run();
		db()
			.insert(meetingReplies)
			.values({ meetingId, authorId: p.userId, body: 'Thank you for telling me' })
			.run();
		const newWorker = await createStaff(['worker'], { firstName: 'Priya' });
		const allocationId = db()
			.insert(allocations)
			.values({ youngPersonId: p.id, workerId: newWorker.id, startedAt: when })
			.returning()
			.get().id;
		db()
			.insert(workerHellos)
			.values({
				allocationId,
				youngPersonId: p.id,
				workerId: newWorker.id,
				whoIAm: 'I like football',
				writtenAt: when,
				metAt: when
			})
			.run();

		const copy = takeOwnWords(p.id, p.userId, 'page');
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
		const statementId = addStatement(p.id);
		expect(
			requestCorrection({
				youngPersonId: p.id,
				authorId: p.userId,
				statementId,
				body: 'I meant Thursday, not Tuesday'
			})
		).toBe('ok');

		const reply = db().select().from(replies).where(eq(replies.statementId, statementId)).get()!;
		expect(reply).toMatchObject({
			body: 'I meant Thursday, not Tuesday',
			isCorrectionRequest: true,
			authorId: p.userId
		});
		const told = db()
			.select()
			.from(notifications)
			.where(eq(notifications.userId, p.worker.id))
			.all();
		expect(told).toEqual([expect.objectContaining({ kind: 'reply', statementId })]);
		expect(
			db().select().from(auditEvents).where(eq(auditEvents.action, 'correction_requested')).all()
		).toHaveLength(1);

		const other = await youngPersonWithWorker();
		expect(
			requestCorrection({
				youngPersonId: other.id,
				authorId: other.userId,
				statementId,
				body: 'not mine'
			})
		).toBe('not_found');
	});
});
