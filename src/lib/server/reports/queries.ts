import { count, desc, gte, isNotNull, isNull } from 'drizzle-orm';
import { db } from '../db';
import { statements, youngPeople, youSaidWeDid } from '../db/schema';

const DAY = 24 * 60 * 60 * 1000;

/** Whole-organisation totals for the lead's home; never a name or a statement. */
export function summariseReach(now = new Date()) {
	const allocated = db().select({ n: count() }).from(youngPeople).where(isNull(youngPeople.archivedAt)).get()?.n ?? 0;
	const withAccount = db().select({ n: count() }).from(youngPeople).where(isNotNull(youngPeople.userId)).get()?.n ?? 0;
	const recent = db()
		.select({ n: count() })
		.from(statements)
		.where(gte(statements.sentAt, new Date(now.getTime() - 90 * DAY)))
		.get()?.n ?? 0;
	return { allocated, withAccount, recent };
}

export function listYouSaidWeDid() {
	return db().select().from(youSaidWeDid).orderBy(desc(youSaidWeDid.updatedAt)).all();
}

/** What young people see: only entries the lead has published. */
export function listPublishedYouSaidWeDid() {
	return db()
		.select({ id: youSaidWeDid.id, youSaid: youSaidWeDid.youSaid, weDid: youSaidWeDid.weDid, status: youSaidWeDid.status })
		.from(youSaidWeDid)
		.where(isNotNull(youSaidWeDid.publishedAt))
		.orderBy(desc(youSaidWeDid.publishedAt))
		.all();
}
