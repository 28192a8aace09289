import { and, desc, eq, gt, isNotNull, sql } from 'drizzle-orm';
import { activationCodes } from '../db/schema';
import { storedMoment } from '../db/dialect';
import { preparedOnce } from '../db/prepared';

const SHOWN_FOR_MS = 30 * 24 * 60 * 60 * 1000;

// Read on the young person's home page, on every visit.
const resetsSince = preparedOnce((database) =>
	database
		.select({ usedAt: activationCodes.usedAt })
		.from(activationCodes)
		.where(
			and(
				eq(activationCodes.youngPersonId, sql.placeholder('youngPersonId')),
				eq(activationCodes.resetSignIn, true),
				isNotNull(activationCodes.usedAt),
				gt(activationCodes.usedAt, sql.placeholder('since'))
			)
		)
		.orderBy(desc(activationCodes.usedAt))
		.prepare()
);

/**
 * When this young person's sign-in was replaced with a new code, in the last
 * month: they are told on their home page, so a reset they did not ask for
 * does not go unnoticed.
 */
export async function recentSignInResets(youngPersonId: string, now = new Date()): Promise<Date[]> {
	const since = storedMoment(new Date(now.getTime() - SHOWN_FOR_MS));
	return (await resetsSince().all({ youngPersonId, since })).map((r) => r.usedAt!);
}
