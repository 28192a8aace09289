import { onPostgres } from '../db/engine';
import type { ReportSession } from './session';
import { readScratchInPieces } from './sql';

/*
 * The exact medians of the report's scratch rows. Both are the lower middle value (nearest
 * rank): the value at place (n + 1) / 2, rounded down, of the values in order, leaving out
 * values that are not known. PostgreSQL names that percentile_disc(0.5) and works it out in one
 * pass. On SQLite the values are read and put in order here: numbering the rows in SQL (a window
 * function) took a second or more each for a national year, against a few hundred
 * milliseconds to read and sort them.
 */

/** The requests of the period that have an outcome. */
const DECIDED = `in_period = 1 AND kind = 'make_a_change' AND decision IN ('agreed', 'partly_agreed', 'not_possible')`;

/** The lower middle of the values that are known (nearest rank), or null when none is. */
export function lowerMiddle(values: (number | null)[]): number | null {
	const known = Float64Array.from(values.filter((v): v is number => v !== null)).sort();
	return known.length ? known[Math.floor((known.length + 1) / 2) - 1]! : null;
}

/** Median days from a request to its outcome, for requests in the period that have one. */
export async function medianDaysToOutcome(session: ReportSession) {
	if (!onPostgres) {
		const days: (number | null)[] = [];
		await readScratchInPieces<number | null>(
			session,
			'report_rows',
			(inPiece) => `SELECT outcome_days FROM temp.report_rows WHERE ${DECIDED}${inPiece}`,
			(piece) => piece.forEach((d) => days.push(d)),
			'column'
		);
		return { n: days.length, median: lowerMiddle(days) };
	}
	const [row] = await session.all<{ n: number; median: number | null }>(
		`SELECT COUNT(*) AS n, percentile_disc(0.5) WITHIN GROUP (ORDER BY outcome_days) AS median
		FROM temp.report_rows WHERE ${DECIDED}`
	);
	return row ?? { n: 0, median: null };
}

/** Urgent statements in the period: how many, median minutes to first read (exact), how many escalated. */
export async function measureUrgent(session: ReportSession) {
	if (!onPostgres) {
		// A pass over every scratch row, like the others: in pieces (0.3 to 0.5 s whole nationally).
		const rows: { minutes: number | null; escalated: number }[] = [];
		await readScratchInPieces<{ minutes: number | null; escalated: number }>(
			session,
			'report_rows',
			(inPiece) =>
				`SELECT read_minutes AS minutes, escalated FROM temp.report_rows WHERE in_period = 1 AND urgent = 1${inPiece}`,
			(piece) => piece.forEach((row) => rows.push(row))
		);
		const minutes = rows.map((r) => r.minutes);
		return {
			urgent: rows.length,
			escalated: rows.reduce((sum, r) => sum + r.escalated, 0),
			readN: minutes.filter((m) => m !== null).length,
			median: lowerMiddle(minutes)
		};
	}
	const [row] = await session.all<{
		urgent: number;
		escalated: number;
		readN: number;
		median: number | null;
	}>(
		`SELECT COUNT(*) AS urgent, COALESCE(SUM(escalated), 0) AS escalated, COUNT(read_minutes) AS "readN",
			percentile_disc(0.5) WITHIN GROUP (ORDER BY read_minutes) AS median
		FROM temp.report_rows WHERE in_period = 1 AND urgent = 1`
	);
	return row ?? { urgent: 0, escalated: 0, readN: 0, median: null };
}
