import { onPostgres } from '../db/engine';
import type { Params, ReportSession } from './session';
import { rowidPieces, type SUMS_TABLES } from './sql';

/**
 * Makes `into`, a scratch table of sums, from a grouping over the scratch table `from`. On
 * SQLite, which stops the server while a statement runs, it is made in pieces of `from`'s rowids,
 * each piece's sums added as rows of their own: in one statement, the national year's meetings
 * took 1.5 s and its young people 1 s. On PostgreSQL, one statement. Either way a group may have
 * several rows, so whoever reads `into` sums them again, which changes no sum or count.
 * `select(inPiece)` is the grouping SELECT, with `inPiece` to add to its WHERE. The pieces are
 * of `from`'s rowids, or of another whole-number column `by` where it has none (the young
 * people's table is keyed by their ids).
 */
export async function sumsInPieces(
	session: ReportSession,
	into: (typeof SUMS_TABLES)[number],
	from: { table: string; alias?: string; by?: string },
	select: (inPiece: string) => string,
	params: Params = {},
	rowidsAPiece = 100_000
): Promise<void> {
	await session.exec(`DROP TABLE IF EXISTS temp.${into}`);
	if (onPostgres) return await session.run(`CREATE TEMP TABLE ${into} AS ${select('')}`, params);
	const by = from.by ?? 'rowid';
	const [last] = await session.column<number>(
		`SELECT COALESCE(MAX(${by}), 0) FROM temp.${from.table}`
	);
	// At least one piece, so the table is made even when there is nothing to sum.
	const pieces = rowidPieces(Math.max(last!, 1), rowidsAPiece);
	const column = from.alias ? `${from.alias}.${by}` : by;
	const inPiece = ` AND ${column} > @after AND ${column} <= @upTo`;
	for (const [i, piece] of pieces.entries()) {
		const start = i === 0 ? `CREATE TEMP TABLE ${into} AS` : `INSERT INTO temp.${into}`;
		await session.run(`${start} ${select(inPiece)}`, { ...params, ...piece });
	}
}
