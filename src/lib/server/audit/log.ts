import { aliasedTable, and, asc, count, desc, eq, gte, lt, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { auditActionLabel, isNotable } from '$lib/server/audit/action-labels';
import { fromUkLocalTime } from '$lib/dates/typed';
import { db } from '../db';
import { auditEvents, users, youngPeople } from '../db/schema';

/** The audit log viewer's reads. The log is append-only; nothing here or anywhere else changes it. */

export const AuditFilter = z.object({
	actor: z.string().max(40).optional().catch(undefined),
	youngPerson: z.string().max(40).optional().catch(undefined),
	action: z.string().max(60).optional().catch(undefined),
	from: z.iso.date().optional().catch(undefined),
	to: z.iso.date().optional().catch(undefined),
	page: z.coerce.number().int().min(1).max(100_000).catch(1)
});
type AuditFilterInput = z.infer<typeof AuditFilter>;

/** Dates are whole UK days, as an admin means them (midnight in London, BST or not); "to" includes the whole of that day. */
const dayStart = (date: string) =>
	fromUkLocalTime(`${date}T00:00`) ?? new Date(`${date}T00:00:00Z`);
const dayAfter = (date: string) => {
	const next = new Date(`${date}T00:00:00Z`);
	next.setUTCDate(next.getUTCDate() + 1);
	return dayStart(next.toISOString().slice(0, 10));
};

export async function listAuditEvents(
	filter: Omit<AuditFilterInput, 'page'>,
	page = 1,
	pageSize = 50
) {
	const where: SQL[] = [];
	if (filter.actor) where.push(eq(auditEvents.actorId, filter.actor));
	if (filter.youngPerson) where.push(eq(auditEvents.youngPersonId, filter.youngPerson));
	if (filter.action) where.push(eq(auditEvents.action, filter.action));
	if (filter.from) where.push(gte(auditEvents.at, dayStart(filter.from)));
	if (filter.to) where.push(lt(auditEvents.at, dayAfter(filter.to)));
	const condition = where.length ? and(...where) : undefined;
	const total =
		(await db().select({ n: count() }).from(auditEvents).where(condition).limit(1))[0]?.n ?? 0;
	const actor = aliasedTable(users, 'actor');
	const events = (
		await db()
			.select({
				id: auditEvents.id,
				at: auditEvents.at,
				action: auditEvents.action,
				actor: actor.displayName,
				actorId: auditEvents.actorId,
				youngPerson: youngPeople.preferredName,
				youngPersonId: auditEvents.youngPersonId,
				subjectType: auditEvents.subjectType,
				subjectId: auditEvents.subjectId,
				detail: auditEvents.detail
			})
			.from(auditEvents)
			.leftJoin(actor, eq(auditEvents.actorId, actor.id))
			.leftJoin(youngPeople, eq(auditEvents.youngPersonId, youngPeople.id))
			.where(condition)
			.orderBy(desc(auditEvents.at), desc(auditEvents.id))
			.limit(pageSize)
			.offset((page - 1) * pageSize)
	).map((e) => ({ ...e, label: auditActionLabel(e.action), notable: isNotable(e.action) }));
	return { events, total, pages: Math.max(1, Math.ceil(total / pageSize)) };
}

/** What the filter's lists offer: everyone who can act, every young person, every action seen. */
export async function auditFilterOptions() {
	return {
		actors: await db()
			.select({
				id: users.id,
				name: users.displayName,
				email: users.email,
				username: users.username
			})
			.from(users)
			.orderBy(asc(users.displayName)),
		youngPeople: await db()
			.select({
				id: youngPeople.id,
				name: youngPeople.preferredName,
				caseReference: youngPeople.caseReference
			})
			.from(youngPeople)
			.orderBy(asc(youngPeople.preferredName)),
		actions: (
			await db()
				.selectDistinct({ action: auditEvents.action })
				.from(auditEvents)
				.orderBy(asc(auditEvents.action))
		).map((a) => ({ action: a.action, label: auditActionLabel(a.action) }))
	};
}

/** Who did what and when; the log holds ids and actions, never statement content. */
export async function listRecentAuditEvents(limit = 20) {
	return (
		(
			await db()
				.select({
					id: auditEvents.id,
					at: auditEvents.at,
					action: auditEvents.action,
					actor: users.displayName
				})
				.from(auditEvents)
				.leftJoin(users, eq(auditEvents.actorId, users.id))
				// Newest first by when it happened: ids follow insertion, which is not always time order.
				.orderBy(desc(auditEvents.at), desc(auditEvents.id))
				.limit(limit)
		).map((e) => ({ ...e, label: auditActionLabel(e.action), notable: isNotable(e.action) }))
	);
}
