import { onPostgres } from '../db/engine';
import type { ReportSession } from './session';

/*
 * The exact medians of the report's scratch rows. Both are the lower middle value (nearest
 * rank): the value at place (n + 1) / 2, rounded down, of the values in order. PostgreSQL names
 * that percentile_disc(0.5) and works it out in one pass; SQLite numbers the rows to find it.
 */

/** The requests of the period that have an outcome. */
const DECIDED = `in_period = 1 AND kind = 'make_a_change' AND decision IN ('agreed', 'partly_agreed', 'not_possible')`;

/** Median days from a request to its outcome, for requests in the period that have one. */
export async function medianDaysToOutcome(session: ReportSession) {
	const [row] = await session.all<{ n: number; median: number | null }>(
		onPostgres
			? `SELECT COUNT(*) AS n, percentile_disc(0.5) WITHIN GROUP (ORDER BY outcome_days) AS median
				FROM temp.report_rows WHERE ${DECIDED}`
			: `WITH d AS (SELECT outcome_days AS days FROM temp.report_rows WHERE ${DECIDED}),
			r AS (SELECT days, ROW_NUMBER() OVER (ORDER BY days) AS rn, COUNT(*) OVER () AS n FROM d)
			SELECT (SELECT COUNT(*) FROM d) AS n, (SELECT days FROM r WHERE rn = (n + 1) / 2) AS median`
	);
	return row ?? { n: 0, median: null };
}

/** Urgent statements in the period: how many, median minutes to first read (exact), how many escalated. */
export async function measureUrgent(session: ReportSession) {
	const [row] = await session.all<{
		urgent: number;
		escalated: number;
		readN: number;
		median: number | null;
	}>(
		onPostgres
			? `SELECT COUNT(*) AS urgent, COALESCE(SUM(escalated), 0) AS escalated, COUNT(read_minutes) AS "readN",
				percentile_disc(0.5) WITHIN GROUP (ORDER BY read_minutes) AS median
				FROM temp.report_rows WHERE in_period = 1 AND urgent = 1`
			: `WITH d AS (SELECT read_minutes AS minutes, escalated FROM temp.report_rows WHERE in_period AND urgent = 1),
			r AS (SELECT minutes, ROW_NUMBER() OVER (ORDER BY minutes) AS rn, COUNT(*) OVER () AS n FROM d WHERE minutes IS NOT NULL)
			SELECT (SELECT COUNT(*) FROM d) AS urgent, (SELECT COALESCE(SUM(escalated), 0) FROM d) AS escalated,
				(SELECT COUNT(*) FROM r) AS readN, (SELECT minutes FROM r WHERE rn = (n + 1) / 2) AS median`
	);
	return row ?? { urgent: 0, escalated: 0, readN: 0, median: null };
}
