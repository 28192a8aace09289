import { onPostgres } from '../db/engine';
import { forEachInPauses, sumsByBreakdown, type Groups } from './groups';
import type { ReportSession } from './session';
import { ALLOCATED, readPeopleInPieces, type MarginalRow, type QueryParams } from './sql';

/*
 * The figures about the young people allocated now: reach (those with an account, those who
 * said anything in the period) and worker stability (worker changes in the 12 months to the end
 * of the period). One pass over the people hands over one whole number a person, counted here
 * per group and summed by breakdown (groups.ts): the two GROUP BYs over the people were one
 * statement of a second or more each on the national authority, holding the server (SQLite).
 */

/** Whether the person said anything in the period. */
const ACTIVE = `EXISTS (SELECT 1 FROM statements s WHERE s.young_person_id = y.id AND s.sent_at >= @from AND s.sent_at < @to)`;

/** A person as one number: their group, an account (8), active (4), worker changes (0–3, 3 or more). */
const person = (changes: string) =>
	`y.g * 16 + (CASE WHEN y.user_id IS NULL THEN 0 ELSE 8 END) + (CASE WHEN ${ACTIVE} THEN 4 ELSE 0 END) + ${changes}`;

/**
 * Worker changes: allocations that started in the 12 months to the end of the period, other
 * than a person's first ever one. SQLite looks up each person's few allocations in a piece of
 * the people (the index holds them); PostgreSQL counts every person's in one pass over the
 * allocations, joined to the people once: two lookups for each person took it half a second on
 * the 1M authority.
 */
const PEOPLE_SQLITE = (
	inPiece: string
) => `SELECT ${person(`MIN(3, (SELECT COUNT(*) FROM allocations a
		WHERE a.young_person_id = y.id AND a.started_at > @yearBefore AND a.started_at <= @until
			AND a.started_at > (SELECT MIN(f.started_at) FROM allocations f WHERE f.young_person_id = y.id)))`)}
	FROM temp.report_people y WHERE ${ALLOCATED}${inPiece}`;

const PEOPLE_PG = `WITH changed AS (
		SELECT a.young_person_id, COUNT(*) AS changes
		FROM allocations a
			JOIN (SELECT young_person_id, MIN(started_at) AS first FROM allocations GROUP BY young_person_id) f
				ON f.young_person_id = a.young_person_id
		WHERE a.started_at > @yearBefore AND a.started_at <= @until AND a.started_at > f.first
		GROUP BY a.young_person_id
	)
	SELECT ${person('LEAST(COALESCE(c.changes, 0), 3)')}
	FROM temp.report_people y LEFT JOIN changed c ON c.young_person_id = y.id WHERE ${ALLOCATED}`;

export type ReachRow = MarginalRow & { allocated: number; withAccount: number; active: number };
export type ChangesRow = MarginalRow & { changes: number; people: number };

/** Reach and worker changes, per group of each breakdown and overall. */
export async function countAllocatedPeople(
	session: ReportSession,
	p: QueryParams,
	groups: Groups
): Promise<{ reach: ReachRow[]; changes: ChangesRow[] }> {
	const counted = new Map<number, number>();
	await readPeopleInPieces<number>(
		session,
		(inPiece) => (onPostgres ? PEOPLE_PG : PEOPLE_SQLITE(inPiece)),
		p,
		(people) => people.forEach((key) => counted.set(key, (counted.get(key) ?? 0) + 1))
	);
	const reach = sumsByBreakdown<ReachRow>(groups, (dim, key) => ({
		dim,
		key,
		allocated: 0,
		withAccount: 0,
		active: 0
	}));
	const changes = sumsByBreakdown<ChangesRow>(groups, (dim, key, by) => ({
		dim,
		key,
		changes: Number(by),
		people: 0
	}));
	await forEachInPauses(session, counted, ([key, n]) => {
		const [g, withAccount, active, changed] = [
			Math.floor(key / 16),
			(key >> 3) & 1,
			(key >> 2) & 1,
			key & 3
		];
		reach.add(g, '', (row) => {
			row.allocated += n;
			row.withAccount += n * withAccount;
			row.active += n * active;
		});
		changes.add(g, String(changed), (row) => void (row.people += n));
	});
	return { reach: reach.rows(), changes: changes.rows() };
}
