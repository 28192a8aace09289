import { and, eq, or, sql } from 'drizzle-orm';
import type { SessionUser } from '../auth/session';
import { recordAuditEvent, sentBeforeWithKey } from '../audit';
import { transaction, type Tx } from '../db';
import { replies, statements, youngPeople } from '../db/schema';
import { notifyYoungPerson, notifyYoungPersonRead } from '../notifications/notify';
import { urgentReachOf, visibleYoungPeople } from '../staff/scope';
import { theRow } from '../db/rows';

/**
 * The statement if this member of staff may see it; every write starts here, and archived
 * records are not found. `urgentReach`: also an urgent statement the chain brought to them
 * (staff/scope.ts), for reading it and saying "I'm dealing with this", nothing else.
 */
export async function visibleStatement(
	tx: Tx,
	actor: SessionUser,
	statementId: string,
	options: { includeArchived?: boolean; urgentReach?: boolean } = {}
) {
	const own = visibleYoungPeople(actor, options);
	const row = (
		await tx
			.select({
				statement: statements,
				archivedAt: youngPeople.archivedAt,
				own: sql<number>`${own}`.mapWith(Boolean)
			})
			.from(statements)
			.innerJoin(youngPeople, eq(statements.youngPersonId, youngPeople.id))
			.where(
				and(
					eq(statements.id, statementId),
					options.urgentReach ? or(own, urgentReachOf(actor)) : own
				)
			)
			.limit(1)
	)[0];
	if (!row) return null;
	return { ...row.statement, archived: row.archivedAt !== null, viaUrgentReach: !row.own };
}

/**
 * Staff opened a statement: the first opening marks it read (the young person
 * sees who read it and when); every opening is audited.
 */
export async function openStatement(
	actor: SessionUser,
	statementId: string,
	now = new Date()
): Promise<'ok' | 'not_found'> {
	return await transaction(async (tx) => {
		// Reading an archived record is allowed, and audited like any read; it changes nothing.
		const statement = await visibleStatement(tx, actor, statementId, {
			includeArchived: true,
			urgentReach: true
		});
		if (!statement) return 'not_found';
		await readInFull(tx, actor, statement, now);
		return 'ok';
	});
}

/**
 * What reading a statement's whole text does, wherever it is read (the statement page, a copy
 * for the case record): the first reading marks it read, every reading is audited. Returns
 * when it was first read, now or before (null when this reading does not count as one).
 */
export async function readInFull(
	tx: Tx,
	actor: SessionUser,
	statement: NonNullable<Awaited<ReturnType<typeof visibleStatement>>>,
	now: Date
): Promise<Date | null> {
	let firstReadAt = statement.firstReadAt;
	// Read through the urgent chain alone (the out-of-hours team, a senior manager): audited,
	// never "read". Their worker and manager must still see it waiting, and the child is not
	// told "someone read it" by someone they do not know; "I'm dealing with this" says more.
	if (!firstReadAt && !statement.archived && !statement.viaUrgentReach) {
		firstReadAt = now;
		await tx
			.update(statements)
			.set({
				firstReadAt: now,
				firstReadBy: actor.id,
				status: statement.status === 'sent' ? 'read' : statement.status
			})
			.where(eq(statements.id, statement.id));
		await notifyYoungPersonRead(tx, statement.youngPersonId, now);
	}
	await recordAuditEvent(
		tx,
		{
			actorId: actor.id,
			action: 'statement_read',
			subjectType: 'statement',
			subjectId: statement.id,
			youngPersonId: statement.youngPersonId,
			detail: statement.viaUrgentReach ? { via: 'urgent_chain' } : undefined
		},
		now
	);
	return firstReadAt;
}

interface StaffReply {
	statementId: string;
	body: string;
	isDecision: boolean;
	/** One per rendered form, so a double submit stores one reply. */
	idempotencyKey: string;
}

export async function replyToStatement(
	actor: SessionUser,
	input: StaffReply,
	now = new Date()
): Promise<'ok' | 'duplicate' | 'not_found'> {
	return await transaction(async (tx) => {
		const statement = await visibleStatement(tx, actor, input.statementId);
		if (!statement) return 'not_found';
		if (
			(await sentBeforeWithKey(
				tx,
				'staff_replied',
				{ subjectId: input.statementId },
				input.idempotencyKey
			)) !== null
		)
			return 'duplicate';
		const reply = theRow(
			await tx
				.insert(replies)
				.values({
					statementId: input.statementId,
					authorId: actor.id,
					body: input.body,
					isDecision: input.isDecision,
					createdAt: now
				})
				.returning({ id: replies.id })
		);
		await answered(tx, actor, statement, now, {
			status: statement.status === 'closed' ? 'closed' : 'replied',
			firstRepliedAt: statement.firstRepliedAt ?? now
		});
		await recordAuditEvent(
			tx,
			{
				actorId: actor.id,
				action: 'staff_replied',
				subjectType: 'statement',
				subjectId: input.statementId,
				youngPersonId: statement.youngPersonId,
				detail: { key: input.idempotencyKey, replyId: reply.id, isDecision: input.isDecision }
			},
			now
		);
		await notifyYoungPerson(tx, statement.youngPersonId, 'reply', input.statementId, now);
		return 'ok';
	});
}

/**
 * A statement staff answered (a reply or an outcome) moves on as `change` says, and counts as
 * read by them if no one had read it: an answer is never "unread".
 */
export async function answered(
	tx: Tx,
	actor: SessionUser,
	statement: NonNullable<Awaited<ReturnType<typeof visibleStatement>>>,
	now: Date,
	change: Pick<typeof statements.$inferInsert, 'status' | 'closedAt' | 'firstRepliedAt'>
): Promise<void> {
	await tx
		.update(statements)
		.set({
			...change,
			// Answered: whatever the young person wrote back has its answer now.
			answeredBackAt: null,
			firstReadAt: statement.firstReadAt ?? now,
			firstReadBy: statement.firstReadBy ?? actor.id
		})
		.where(eq(statements.id, statement.id));
}
