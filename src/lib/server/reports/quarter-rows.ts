import { onPostgres } from '../db/engine';
import { prepareReportPeople } from './scratch-rows';
import type { ReportSession } from './session';
import { queryParams, rowidPieces, type QueryParams } from './sql';

/*
 * A report of several quarters counts each of them as its own report too (blocks.ts, ADR 54).
 * Each quarter's statements are among the period's own scratch rows, which name the quarter each
 * was sent in: they are kept while the quarters are counted and each quarter's rows are taken
 * from them, in place of a pass over the statements table for every quarter (on a national
 * authority each such pass read the whole table, about two seconds). Only the people are
 * numbered afresh, as a quarter's age bands are those at its own end.
 */

const KEPT = 'report_period_rows';

/**
 * A quarter as its block is counted: its own rows alone, with no wellbeing trend before it (a
 * trend is scores, not counts, and is not compared).
 */
export function blockParams(quarter: string, now: Date): QueryParams {
	const whole = queryParams({ period: 'quarter', quarter, team: [] }, now);
	return { ...whole, trendFrom: whole.from };
}

/** Keeps the period's scratch rows, after its own figures are counted, for its quarters. */
export const keepPeriodRows = (session: ReportSession) =>
	session.exec(`ALTER TABLE temp.report_rows RENAME TO ${KEPT}`);

export const dropPeriodRows = (session: ReportSession) =>
	session.exec(`DROP TABLE IF EXISTS temp.${KEPT}`);

/**
 * A quarter's rows: the period's rows sent in it, each with its young person's groups at the
 * quarter's end. All of them are in the quarter's period (`in_period`), as its report has no
 * earlier rows (its wellbeing trend is not compared: report.ts).
 */
const QUARTER_ROWS = (piece: string) => `INSERT INTO temp.report_rows
	SELECT y.g, y.t, r.yp, 1, r.quarter, r.kind, r.change_category, r.listened_rating, r.urgent, r.escalated,
		r.read_minutes, r.reply_tenths, r.read_tenths, r.decision, r.outcome_days, r.answers, r.language
	FROM temp.${KEPT} r JOIN temp.report_people y ON y.id = r.yp
	WHERE r.quarter = @quarter${piece}`;

/**
 * Rows of the kept table a statement reads, where SQLite holds the server while it runs: through
 * a national report the longest wait for `/healthz` stayed about half a second (BENCHMARKS.md).
 */
const KEPT_ROWS_A_PIECE = 500_000;

/** Fills the scratch tables for `quarter` (2025-Q1) of the period whose rows are kept. */
export async function prepareQuarterTables(
	session: ReportSession,
	p: QueryParams,
	quarter: string
): Promise<void> {
	await prepareReportPeople(session, p);
	if (onPostgres) return await session.run(QUARTER_ROWS(''), { quarter });
	const [last] = await session.column<number>(`SELECT COALESCE(MAX(rowid), 0) FROM temp.${KEPT}`);
	for (const piece of rowidPieces(last!, KEPT_ROWS_A_PIECE))
		await session.run(QUARTER_ROWS(' AND r.rowid > @after AND r.rowid <= @upTo'), {
			quarter,
			...piece
		});
}
