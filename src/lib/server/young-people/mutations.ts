import { and, eq, isNull } from 'drizzle-orm';
import { db } from '../db';
import { allocations } from '../db/schema';

/** The young person has seen who their new worker is. */
export function acknowledgeNewWorker(youngPersonId: string): void {
	db()
		.update(allocations)
		.set({ announced: true })
		.where(and(eq(allocations.youngPersonId, youngPersonId), isNull(allocations.endedAt)))
		.run();
}
