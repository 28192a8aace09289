import { and, eq, exists, gte, type SQL } from 'drizzle-orm';
import { subquery } from '../db/subquery';
import { activationCodes, complaints } from '../db/schema';

/**
 * A complaint made before the young person's sign-in was last replaced with a new code. Such a
 * code is made by the child's own worker (ADR 10), and a complaint may be about that worker: so
 * whoever signs in with the new code is shown only what was asked since. The complaints team
 * keeps, reads and answers the earlier ones as before, and the young person's page says so.
 */
export function madeBeforeASignInReset(): SQL {
	return exists(
		subquery
			.select({ id: activationCodes.id })
			.from(activationCodes)
			.where(
				and(
					eq(activationCodes.youngPersonId, complaints.youngPersonId),
					eq(activationCodes.resetSignIn, true),
					gte(activationCodes.usedAt, complaints.createdAt)
				)
			)
	);
}
