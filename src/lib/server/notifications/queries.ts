import { and, count, desc, eq, exists, inArray, isNotNull, isNull, or, sql } from 'drizzle-orm';
import type { SessionUser } from '../auth/session';
import { preparedOnce, preparedPerShape } from '../db/prepared';
import { notifications, statements, youngPeople } from '../db/schema';
import { subquery } from '../db/subquery';
import { urgentReachOf, visibleYoungPeople } from '../staff/scope';
import { readerOfShape, shapeOf } from '../staff/scope-prepared';

/**
 * A member of staff's notifications, newest first. The young person's name
 * and the link come only through the same scope as every page: after a
 * reassignment an old notification names nobody and links nowhere. A closed
 * (archived) record is named nowhere that asks staff to act either, but it is
 * still theirs: `closedRecord` says so, so the notification can say why it
 * names nobody.
 */
export async function listNotificationsForStaff(actor: SessionUser, limit = 100) {
	return await notificationsFor(shapeOf(actor)).all({ actorId: actor.id, limit });
}

const notificationsFor = preparedPerShape((database, shape: string) => {
	const actor = readerOfShape(shape);
	return database
		.select({
			id: notifications.id,
			kind: notifications.kind,
			statementId: notifications.statementId,
			createdAt: notifications.createdAt,
			readAt: notifications.readAt,
			youngPersonId: youngPeople.id,
			preferredName: youngPeople.preferredName,
			closedRecord: sql<boolean>`${exists(
				subquery
					.select({ id: youngPeople.id })
					.from(youngPeople)
					.where(
						and(
							eq(youngPeople.id, notifications.youngPersonId),
							isNotNull(youngPeople.archivedAt),
							visibleYoungPeople(actor, { includeArchived: true })
						)
					)
			)}`.mapWith(Boolean)
		})
		.from(notifications)
		.leftJoin(
			youngPeople,
			and(
				eq(notifications.youngPersonId, youngPeople.id),
				or(
					visibleYoungPeople(actor),
					// An urgent statement the chain brought to them names its young person too.
					inArray(
						notifications.statementId,
						subquery.select({ id: statements.id }).from(statements).where(urgentReachOf(actor))
					)
				)
			)
		)
		.where(eq(notifications.userId, actor.id))
		.orderBy(desc(notifications.createdAt))
		.limit(sql.placeholder('limit'))
		.prepare();
});

/** On every page of staff who get notifications. */
const unreadCount = preparedOnce((database) =>
	database
		.select({ n: count() })
		.from(notifications)
		.where(and(eq(notifications.userId, sql.placeholder('userId')), isNull(notifications.readAt)))
		.prepare()
);

export async function countUnreadNotifications(userId: string): Promise<number> {
	return (await unreadCount().get({ userId }))?.n ?? 0;
}
