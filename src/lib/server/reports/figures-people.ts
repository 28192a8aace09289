import { onPostgres } from '../db/engine';
import { digitsOf, numberSql, type Digit } from './counting';
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

/**
 * Worker changes: allocations that started in the 12 months to the end of the period, other
 * than a person's first ever one (one began before it), 3 or more counted as 3. SQLite looks up
 * each person's few allocations in a piece of the people (the index holds them); PostgreSQL
 * counts every person's in one pass over the allocations, joined to the people once: two
 * lookups for each person took it half a second on the 1M authority. It asks whether an earlier
 * allocation exists only for those that started in the 12 months: working out everyone's first
 * took 0.4 s of a national period's 1.2 s here.
 */
const CHANGES_SQLITE = `MIN(3, (SELECT COUNT(*) FROM allocations a
	WHERE a.young_person_id = y.id AND a.started_at > @yearBefore AND a.started_at <= @until
		AND a.started_at > (SELECT MIN(f.started_at) FROM allocations f WHERE f.young_person_id = y.id)))`;
const CHANGED_PG = `WITH changed AS (
		SELECT a.young_person_id, COUNT(*) AS changes
		FROM allocations a
		WHERE a.started_at > @yearBefore AND a.started_at <= @until
			AND EXISTS (SELECT 1 FROM allocations f WHERE f.young_person_id = a.young_person_id AND f.started_at < a.started_at)
		GROUP BY a.young_person_id
	)`;

/** A person as one number (counting.ts): their group, an account, active, worker changes. */
const personDigits = (groups: Groups): Digit[] => [
	{ sql: 'y.g', size: groups.last + 1 },
	{ sql: 'CASE WHEN y.user_id IS NULL THEN 0 ELSE 1 END', size: 2 },
	{ sql: `CASE WHEN ${ACTIVE} THEN 1 ELSE 0 END`, size: 2 },
	{ sql: onPostgres ? 'LEAST(COALESCE(c.changes, 0), 3)' : CHANGES_SQLITE, size: 4 }
];

const people = (digits: Digit[], inPiece: string) =>
	onPostgres
		? `${CHANGED_PG} SELECT ${numberSql(digits)}
			FROM temp.report_people y LEFT JOIN changed c ON c.young_person_id = y.id WHERE ${ALLOCATED}`
		: `SELECT ${numberSql(digits)} FROM temp.report_people y WHERE ${ALLOCATED}${inPiece}`;

export type ReachRow = MarginalRow & { allocated: number; withAccount: number; active: number };
export type ChangesRow = MarginalRow & { changes: number; people: number };

/** Reach and worker changes, per group of each breakdown and overall. */
export async function countAllocatedPeople(
	session: ReportSession,
	p: QueryParams,
	groups: Groups
): Promise<{ reach: ReachRow[]; changes: ChangesRow[] }> {
	const counted = new Map<number, number>();
	const digits = personDigits(groups);
	await readPeopleInPieces<number>(
		session,
		(inPiece) => people(digits, inPiece),
		p,
		(keys) => keys.forEach((key) => counted.set(key, (counted.get(key) ?? 0) + 1))
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
		const [g, withAccount, active, changed] = digitsOf(key, digits);
		reach.add(g!, '', (row) => {
			row.allocated += n;
			row.withAccount += n * withAccount!;
			row.active += n * active!;
		});
		changes.add(g!, String(changed), (row) => void (row.people += n));
	});
	return { reach: reach.rows(), changes: changes.rows() };
}
