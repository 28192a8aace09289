import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '../db';
import { auditEvents, notifications, replies, statements } from '../db/schema';
import {
	addStatement,
	allocate,
	createStaff,
	createTeam,
	createYoungPerson
} from '$tests/fixtures';
import { ownWordsAsText, requestCorrection, takeOwnWords } from './own-words';

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

		const said = takeOwnWords(p.id, p.userId, 'text');
		const text = ownWordsAsText(said, {
			title: 'My words',
			you: 'You',
			outcome: 'What happened',
			removed: 'removed',
			voice: 'Listen in Heard'
		});

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
