import { and, eq, isNull } from 'drizzle-orm';
import type { SessionUser } from '../auth/session';
import { transaction } from '../db';
import { notifications } from '../db/schema';

/** Seeing the list counts as reading it. */
export async function markNotificationsRead(actor: SessionUser, now = new Date()): Promise<void> {
	await transaction((tx) =>
		tx
			.update(notifications)
			.set({ readAt: now })
			.where(and(eq(notifications.userId, actor.id), isNull(notifications.readAt)))
	);
}
