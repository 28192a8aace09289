import { and, eq, isNull, lte } from 'drizzle-orm';
import type { SessionUser } from '../auth/session';
import { transaction } from '../db';
import { notifications } from '../db/schema';

/** A notification as the list showed it. */
interface Shown {
	readAt: Date | null;
	createdAt: Date;
}

/**
 * Seeing the list counts as reading what it showed. Only what was shown: one that arrived while
 * the page was drawn stays new for next time. With nothing new on it, nothing is written, so the
 * page does not wait its turn behind the statements being sent.
 */
export async function markNotificationsRead(
	actor: SessionUser,
	shown: readonly Shown[],
	now = new Date()
): Promise<void> {
	if (!shown.some((n) => n.readAt === null)) return;
	const newest = new Date(Math.max(...shown.map((n) => n.createdAt.getTime())));
	await transaction((tx) =>
		tx
			.update(notifications)
			.set({ readAt: now })
			.where(
				and(
					eq(notifications.userId, actor.id),
					isNull(notifications.readAt),
					lte(notifications.createdAt, newest)
				)
			)
	);
}
