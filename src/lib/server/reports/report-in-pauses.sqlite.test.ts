import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addReportStatement } from '$tests/fixtures/reports';
import { NOW, Q1, seedKnownQuarter } from '$tests/fixtures/known-quarter';
import { closeDatabase, db, sqliteReportConnection } from '../db';
import { youngPeople } from '../db/schema';
import { buildReport, findTable, type Report } from './report';
import { readScratchInPieces, rowidPieces } from './sql';
import { withReportSession } from './session';

// A database file, as Heard runs on, where reports have a connection of their own (the other
// report tests use an in-memory database, which has one connection for everything).
const dir = mkdtempSync(join(tmpdir(), 'heard-report-pauses-'));
const wasDatabase = process.env.DATABASE_URL;
beforeAll(async () => {
	process.env.DATABASE_URL = join(dir, 'heard.db');
	await seedKnownQuarter();
});
afterAll(async () => {
	await closeDatabase();
	process.env.DATABASE_URL = wasDatabase;
	rmSync(dir, { recursive: true, force: true });
});

const statementsIn = (report: Report) =>
	findTable(report, 'statements_by_kind')!.rows.find((r) => r.key === 'total')!.cells[0]!.value;

describe('a report on a database file', () => {
	it('has a connection of its own', () => {
		expect(sqliteReportConnection()).not.toBeNull();
	});

	it('lets the server answer others while it runs, and counts what was there when it began', async () => {
		const before = await buildReport(Q1, NOW);
		expect(statementsIn(before)).toBe(21);
		const [someone] = await db().select({ id: youngPeople.id }).from(youngPeople).limit(1);
		// A young person's "Sent!" that arrives as the report starts: a request is a new turn of the
		// event loop, as this timer is. It must not wait for the whole report.
		const order: string[] = [];
		const sent = new Promise<void>((resolve) =>
			setTimeout(() => {
				void addReportStatement(someone!.id, {
					kind: 'good_news',
					sentAt: new Date('2025-02-02')
				}).then(() => {
					order.push('sent');
					resolve();
				});
			}, 0)
		);
		const during = await buildReport(Q1, NOW).then((report) => {
			order.push('report');
			return report;
		});
		await sent;
		expect(order).toEqual(['sent', 'report']);
		// The report's one read transaction: the statement sent in its middle is in the next one.
		expect(statementsIn(during)).toBe(21);
		expect(statementsIn(await buildReport(Q1, NOW))).toBe(22);
	});
});

describe('rowidPieces', () => {
	it('covers every rowid once, in pieces of the size asked', () => {
		expect(rowidPieces(10, 4)).toEqual([
			{ after: 0, upTo: 4 },
			{ after: 4, upTo: 8 },
			{ after: 8, upTo: 12 }
		]);
		expect(rowidPieces(8, 4)).toEqual([
			{ after: 0, upTo: 4 },
			{ after: 4, upTo: 8 }
		]);
		expect(rowidPieces(1)).toEqual([{ after: 0, upTo: 250_000 }]);
	});
});

describe('readScratchInPieces', () => {
	it('hands over every row of a scratch table once, piece by piece', async () => {
		const pieces = await withReportSession(async (session) => {
			await session.exec(
				'CREATE TEMP TABLE pieces_test (n INTEGER); WITH RECURSIVE k(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM k WHERE n < 10) INSERT INTO pieces_test SELECT n FROM k'
			);
			const read: number[][] = [];
			await readScratchInPieces<number>(
				session,
				'pieces_test',
				(inPiece) => `SELECT n FROM temp.pieces_test WHERE n % 2 = 0${inPiece}`,
				(rows) => read.push(rows),
				'column',
				3
			);
			await session.exec('DROP TABLE temp.pieces_test');
			return read;
		});
		expect(pieces).toEqual([[2], [4, 6], [8], [10]]);
	});
});
