import { and, desc, eq, gt, isNotNull } from 'drizzle-orm';
import { db } from '../db';
import { activationCodes } from '../db/schema';

const SHOWN_FOR_MS = 30 * 24 * 60 * 60 * 1000;

/**
 * When this young person's sign-in was replaced with a new code, in the last
 * month: they are told on their home page, so a reset they did not ask for
 * does not go unnoticed.
 */
export async function recentSignInResets(youngPersonId: string, now = new Date()): Promise<Date[]> {
	return (
		await db()
			.select({ usedAt: activationCodes.usedAt })
			.from(activationCodes)
			.where(
				and(
					eq(activationCodes.youngPersonId, youngPersonId),
					eq(activationCodes.resetSignIn, true),
					isNotNull(activationCodes.usedAt),
					gt(activationCodes.usedAt, new Date(now.getTime() - SHOWN_FOR_MS))
				)
			)
			.orderBy(desc(activationCodes.usedAt))
	).map((r) => r.usedAt!);
}
