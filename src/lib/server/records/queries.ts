import {
	and,
	asc,
	count,
	desc,
	eq,
	isNotNull,
	isNull,
	or,
	sql,
	type SQL,
	type SQLWrapper
} from 'drizzle-orm';
import { ageOn } from '$lib/dates';
import { db } from '../db';
import { activationCodes, allocations, teams, users, youngPeople } from '../db/schema';

/**
 * Reads about young people's records for the admin pages: who they are,
 * their team and worker. Never what they said.
 */

/** At most this many young people on a page of the admin's list, by name; the pages after hold the rest. */
export const RECORDS_PAGE_SIZE = 50;

type RecordsFilter = { q?: string; archived?: boolean };

/**
 * A column holding the pattern in any case, on either engine: PostgreSQL's LIKE heeds case and
 * SQLite's does not, and only PostgreSQL's reads a backslash as the escape without being told.
 */
const holds = (column: SQLWrapper, pattern: string) =>
	sql`lower(${column}) like lower(${pattern}) escape '\\'`;

/** Open records, or closed ones, whose name or case reference holds the search. */
function recordsMatching(filter: RecordsFilter) {
	const conditions: SQL[] = [
		filter.archived ? isNotNull(youngPeople.archivedAt) : isNull(youngPeople.archivedAt)
	];
	const q = filter.q?.trim();
	if (q) {
		const pattern = `%${q.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
		conditions.push(
			or(holds(youngPeople.preferredName, pattern), holds(youngPeople.caseReference, pattern))!
		);
	}
	return and(...conditions);
}

/** How many young people the admin's list holds for a search, for its pages. */
export async function countYoungPeople(filter: RecordsFilter = {}) {
	const [row] = await db().select({ n: count() }).from(youngPeople).where(recordsMatching(filter));
	return row?.n ?? 0;
}

export async function listYoungPeople(
	filter: RecordsFilter = {},
	now = new Date(),
	{ page = 1, size = RECORDS_PAGE_SIZE }: { page?: number; size?: number } = {}
) {
	const rows = await db()
		.select({
			id: youngPeople.id,
			preferredName: youngPeople.preferredName,
			caseReference: youngPeople.caseReference,
			dateOfBirth: youngPeople.dateOfBirth,
			team: teams.name,
			worker: users.displayName,
			hasAccount: isNotNull(youngPeople.userId),
			archivedAt: youngPeople.archivedAt
		})
		.from(youngPeople)
		.innerJoin(teams, eq(youngPeople.teamId, teams.id))
		.leftJoin(
			allocations,
			and(eq(allocations.youngPersonId, youngPeople.id), isNull(allocations.endedAt))
		)
		.leftJoin(users, eq(allocations.workerId, users.id))
		.where(recordsMatching(filter))
		// The id last: two of one name keep their places from page to page.
		.orderBy(asc(youngPeople.preferredName), asc(youngPeople.id))
		.limit(size)
		.offset((page - 1) * size);
	return rows.map((p) => ({
		...p,
		hasAccount: Boolean(p.hasAccount),
		age: ageOn(p.dateOfBirth, now)
	}));
}

export async function findYoungPersonRecord(id: string, now = new Date()) {
	const row = (
		await db()
			.select({
				person: youngPeople,
				team: teams.name,
				active: users.active,
				username: users.username
			})
			.from(youngPeople)
			.innerJoin(teams, eq(youngPeople.teamId, teams.id))
			.leftJoin(users, eq(youngPeople.userId, users.id))
			.where(eq(youngPeople.id, id))
			.limit(1)
	)[0];
	if (!row) return null;
	const history = await listAllocationHistory(id);
	const pendingCode = (
		await db()
			.select({ expiresAt: activationCodes.expiresAt })
			.from(activationCodes)
			.where(and(eq(activationCodes.youngPersonId, id), isNull(activationCodes.usedAt)))
			.orderBy(desc(activationCodes.createdAt))
			.limit(1)
	)[0];
	return {
		...row.person,
		team: row.team,
		username: row.username,
		accountActive: row.active ?? false,
		age: ageOn(row.person.dateOfBirth, now),
		currentWorker: history.find((a) => a.endedAt === null) ?? null,
		history,
		codeWaiting: pendingCode !== undefined && pendingCode.expiresAt.getTime() > now.getTime()
	};
}
export type YoungPersonRecord = NonNullable<Awaited<ReturnType<typeof findYoungPersonRecord>>>;

export async function listAllocationHistory(youngPersonId: string) {
	return await db()
		.select({
			id: allocations.id,
			workerId: allocations.workerId,
			worker: users.displayName,
			workerFirstName: users.firstName,
			startedAt: allocations.startedAt,
			endedAt: allocations.endedAt
		})
		.from(allocations)
		.innerJoin(users, eq(allocations.workerId, users.id))
		.where(eq(allocations.youngPersonId, youngPersonId))
		.orderBy(desc(allocations.startedAt));
}
