import { describe, expect, it } from 'vitest';
import { withReportSession } from './session';

// On both engines (the PostgreSQL suite runs this file too): a long read handed over in pieces.
describe("a report's read in pieces", () => {
	const fill = `DROP TABLE IF EXISTS temp.pieces_here; CREATE TEMP TABLE pieces_here (n INTEGER);
		INSERT INTO temp.pieces_here (n) VALUES (1), (2), (3), (4), (5), (6), (7), (8), (9), (10)`;

	it('hands over every row once, in pieces of the size asked for, in order', async () => {
		const pieces = await withReportSession(async (session) => {
			await session.exec(fill);
			const taken: { n: number; twice: number }[][] = [];
			await session.readInPieces<{ n: number; twice: number }>(
				'SELECT n, n * 2 AS twice FROM temp.pieces_here ORDER BY n',
				'rows',
				3,
				(rows) => taken.push(rows)
			);
			return taken;
		});
		expect(pieces.map((rows) => rows.length)).toEqual([3, 3, 3, 1]);
		expect(pieces.flat()).toEqual(
			Array.from({ length: 10 }, (_, i) => ({ n: i + 1, twice: 2 * (i + 1) }))
		);
	});

	it('gives counts as numbers in every piece', async () => {
		const counts = await withReportSession(async (session) => {
			await session.exec(fill);
			const taken: unknown[] = [];
			await session.readInPieces<unknown>(
				'SELECT COUNT(*) FROM temp.pieces_here GROUP BY n % 3 ORDER BY 1',
				'column',
				1,
				(values) => taken.push(...values)
			);
			return taken;
		});
		// PostgreSQL counts as bigint, which its driver gives as text: only the first piece says so.
		expect(counts).toEqual([3, 3, 4]);
	});

	it('gives each row as an array of its columns, counts as numbers, whole or in pieces', async () => {
		type Row = [rest: number, n: number, words: string];
		const sql = `SELECT n % 3 AS rest, COUNT(*) AS n, 'some' AS words FROM temp.pieces_here
			GROUP BY n % 3 ORDER BY 1`;
		const { whole, pieces } = await withReportSession(async (session) => {
			await session.exec(fill);
			const taken: Row[][] = [];
			await session.readInPieces<Row>(sql, 'arrays', 2, (rows) => taken.push(rows));
			return { whole: await session.arrays<Row>(sql), pieces: taken };
		});
		const rows = [
			[0, 3, 'some'],
			[1, 4, 'some'],
			[2, 3, 'some']
		];
		expect(whole).toEqual(rows);
		expect(pieces.map((piece) => piece.length)).toEqual([2, 1]);
		expect(pieces.flat()).toEqual(rows);
	});
});
