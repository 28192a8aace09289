import { and, asc, desc, eq } from 'drizzle-orm';
import { shortDate } from '$lib/dates';
import { describeAnswers } from '$lib/templates/describe';
import { meetingTypeLabel, word } from '$lib/templates/words';
import type { SessionUser } from '../auth/session';
import { db } from '../db';
import {
	aboutMe,
	allocations,
	meetings,
	outcomes,
	replies,
	statements,
	users,
	youngPeople
} from '../db/schema';
import { findVisibleYoungPerson, visibleYoungPeople } from '../staff/scope';

type StatementRow = typeof statements.$inferSelect;
type MeetingRow = typeof meetings.$inferSelect;

/** Question → answer in words; the meeting question names the meeting rather than its id. */
export function answersInWords(statement: StatementRow, meeting: MeetingRow | null) {
	if (statement.anonymisedAt) return [];
	const meetingWords = meeting ? meetingLabel(meeting) : null;
	return describeAnswers(
		statement.templateId,
		statement.templateVersion,
		statement.answers,
		statement.simpleMode
	).map((a) => (a.questionId === 'meeting' && meetingWords ? { ...a, answer: meetingWords } : a));
}

export function meetingLabel(meeting: Pick<MeetingRow, 'type' | 'scheduledAt'>): string {
	return (
		word('meeting_on', {
			type: meetingTypeLabel(meeting.type),
			date: shortDate(meeting.scheduledAt)
		}) ?? meeting.type
	);
}

/** The thread on a statement, oldest first; replies by the young person are marked as theirs. */
export function listThread(statementId: string, youngPersonUserId: string | null) {
	return db()
		.select({
			id: replies.id,
			body: replies.body,
			isDecision: replies.isDecision,
			isCorrectionRequest: replies.isCorrectionRequest,
			createdAt: replies.createdAt,
			authorId: replies.authorId,
			author: users.firstName
		})
		.from(replies)
		.innerJoin(users, eq(replies.authorId, users.id))
		.where(eq(replies.statementId, statementId))
		.orderBy(asc(replies.createdAt))
		.all()
		.map((r) => ({ ...r, fromYoungPerson: r.authorId === youngPersonUserId }));
}

export function findOutcome(statementId: string) {
	return (
		db()
			.select({
				decision: outcomes.decision,
				explanation: outcomes.explanation,
				recordedAt: outcomes.recordedAt,
				by: users.firstName
			})
			.from(outcomes)
			.innerJoin(users, eq(outcomes.recordedBy, users.id))
			.where(eq(outcomes.statementId, statementId))
			.get() ?? null
	);
}

export function findAboutMeOf(youngPersonId: string) {
	return db().select().from(aboutMe).where(eq(aboutMe.youngPersonId, youngPersonId)).get() ?? null;
}

/** One statement with everything a worker needs to read and answer it, or null when not theirs to see. */
export function findStatementForStaff(actor: SessionUser, statementId: string) {
	const row = db()
		.select({ statement: statements, person: youngPeople, readBy: users.firstName })
		.from(statements)
		.innerJoin(youngPeople, eq(statements.youngPersonId, youngPeople.id))
		.leftJoin(users, eq(statements.firstReadBy, users.id))
		.where(
			and(eq(statements.id, statementId), visibleYoungPeople(actor, { includeArchived: true }))
		)
		.get();
	if (!row) return null;
	const meeting = row.statement.meetingId
		? (db().select().from(meetings).where(eq(meetings.id, row.statement.meetingId)).get() ?? null)
		: null;
	return {
		statement: row.statement,
		readBy: row.readBy,
		person: row.person,
		meeting,
		answers: answersInWords(row.statement, meeting),
		thread: listThread(statementId, row.person.userId),
		outcome: findOutcome(statementId),
		aboutMe: findAboutMeOf(row.person.id)
	};
}

/** Every statement a young person has sent, newest first, whichever worker it went to. */
export function listStatementsOfYoungPerson(youngPersonId: string) {
	return db()
		.select()
		.from(statements)
		.where(eq(statements.youngPersonId, youngPersonId))
		.orderBy(desc(statements.sentAt))
		.all();
}

/** Who held the allocation, oldest first: the file shows every worker the young person has had. */
export function listAllocationHistory(youngPersonId: string) {
	return db()
		.select({
			workerId: allocations.workerId,
			name: users.displayName,
			startedAt: allocations.startedAt,
			endedAt: allocations.endedAt
		})
		.from(allocations)
		.innerJoin(users, eq(allocations.workerId, users.id))
		.where(eq(allocations.youngPersonId, youngPersonId))
		.orderBy(asc(allocations.startedAt))
		.all();
}

/**
 * A young person's whole file for staff: About me, workers, every statement
 * (including those sent to earlier workers) with its replies. Null when the
 * young person is not this member of staff's to see.
 */
export function findYoungPersonFile(actor: SessionUser, youngPersonId: string) {
	const person = findVisibleYoungPerson(actor, youngPersonId, { includeArchived: true });
	if (!person) return null;
	const workers = listAllocationHistory(youngPersonId);
	const workerAt = (at: Date) =>
		workers.findLast(
			(w) =>
				w.startedAt.getTime() <= at.getTime() && (!w.endedAt || w.endedAt.getTime() > at.getTime())
		)?.name ?? null;
	const timeline = listStatementsOfYoungPerson(youngPersonId).map((s) => ({
		id: s.id,
		kind: s.kind,
		status: s.status,
		urgent: s.urgent,
		sentAt: s.sentAt,
		sentTo: workerAt(s.sentAt),
		firstReadAt: s.firstReadAt,
		thread: listThread(s.id, person.userId),
		outcome: findOutcome(s.id)
	}));
	return { person, aboutMe: findAboutMeOf(youngPersonId), workers, timeline };
}
