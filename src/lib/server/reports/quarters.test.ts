import { describe, expect, it } from 'vitest';
import { onPostgres } from '../db/engine';
import { quarterSql } from './scratch-rows';
import { withReportSession } from './session';
import { queryParams } from './sql';

/** The quarter a moment is in, from its UTC date: what the report names it. */
const quarterOf = (ms: number) => {
	const day = new Date(ms);
	return `${day.getUTCFullYear()}-Q${Math.floor(day.getUTCMonth() / 3) + 1}`;
};

// On both engines (the PostgreSQL suite runs this file too).
describe('the quarter a statement is counted in, for the wellbeing trend', () => {
	it.each([
		{ period: 'year', year: 2025 },
		{ period: 'quarter', quarter: '2026-Q1' },
		{ period: 'custom', from: '2023-Q4', to: '2025-Q2' }
	] as const)('is its UTC date’s quarter, at each edge, for a $period report', async (f) => {
		const p = queryParams({ ...f, team: [] }, new Date('2026-12-03T10:00:00Z'));
		// The first and last moment of every quarter from the trend's start to the period's end.
		const moments: number[] = [];
		for (let at = p.trendFrom.getTime(); at < p.to.getTime();) {
			const day = new Date(at);
			const next = Date.UTC(day.getUTCFullYear(), day.getUTCMonth() + 3, 1);
			moments.push(at, at + 1, next - 1);
			at = next;
		}
		const named = await withReportSession(async (session) => {
			await session.exec(
				`DROP TABLE IF EXISTS temp.quarters_here;
				CREATE TEMP TABLE quarters_here (n INTEGER, sent_at ${onPostgres ? 'TIMESTAMPTZ' : 'BIGINT'})`
			);
			for (const [n, at] of moments.entries())
				await session.run('INSERT INTO temp.quarters_here VALUES (@n, @at)', {
					n,
					at: new Date(at)
				});
			return await session.column<string>(
				`SELECT ${quarterSql(p)} FROM temp.quarters_here s ORDER BY n`
			);
		});
		expect(moments.length).toBeGreaterThanOrEqual(12);
		expect(named).toEqual(moments.map(quarterOf));
	});
});
