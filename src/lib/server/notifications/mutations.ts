import { and, eq, isNull } from 'drizzle-orm';
import type { SessionUser } from '../auth/session';
import { db } from '../db';
import { notifications } from '../db/schema';

/** Seeing the list counts as reading it. */
export function markNotificationsRead(actor: SessionUser, now = new Date()): void {
	db()
		.update(notifications)
		.set({ readAt: now })
		.where(and(eq(notifications.userId, actor.id), isNull(notifications.readAt)))
		.run();
}
