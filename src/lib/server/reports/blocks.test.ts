import { beforeAll, describe, expect, it } from 'vitest';
import { ReportFilters } from '$lib/reports/filters';
import { createTeam, createYoungPerson } from '$tests/fixtures';
import { addReportStatement } from '$tests/fixtures/reports';
import { buildReport, findTable, type Report } from './report';

// Looked at in mid-July 2025: the first two quarters have ended.
const NOW = new Date('2025-07-15T12:00:00Z');
const at = (iso: string) => new Date(`${iso}T10:00:00Z`);
const reportOf = async (query: Record<string, string>) =>
	await buildReport(ReportFilters.parse(query), NOW);
const firstHalf = { period: 'custom', from: '2025-Q1', to: '2025-Q2' };

/** Every count a report shows, as "table|row|column" → the figure. */
function countsShown(report: Report): Map<string, number> {
	const out = new Map<string, number>();
	for (const t of report.sections.flatMap((s) => s.tables))
		for (const r of t.rows)
			r.cells.forEach((c, j) => {
				if (t.columns[j]?.unit === 'count' && !c.suppressed && c.value !== null)
					out.set(`${t.id}|${r.key}|${j}`, c.value);
			});
	return out;
}

let north: string;
beforeAll(async () => {
	north = await createTeam('North');
	const south = await createTeam('South');
	// North's young people send 2 statements in the first quarter (too few to show) and 9 in
	// the second; South's send 10 in each.
	const send = async (team: string, count: number, month: string) => {
		for (let i = 0; i < count; i++) {
			const yp = await createYoungPerson({ teamId: team, dateOfBirth: '2011-03-01' });
			await addReportStatement(yp, { kind: 'good_news', sentAt: at(`2025-${month}-1${i % 9}`) });
		}
	};
	await send(north, 2, '02');
	await send(north, 9, '05');
	await send(south, 10, '02');
	await send(south, 10, '05');
});

describe('a report of several quarters', () => {
	it('withholds a figure one of its quarters withholds, so a quarter cannot be subtracted out', async () => {
		const northRow = (r: Report) =>
			findTable(r, 'statements_by_team')!.rows.find((row) => row.key === north)!.cells[0]!;
		const half = await reportOf(firstHalf);
		const first = await reportOf({ period: 'quarter', quarter: '2025-Q1' });
		const second = await reportOf({ period: 'quarter', quarter: '2025-Q2' });
		expect(northRow(first).suppressed).toBe('small');
		expect(northRow(second)).toEqual({ value: 9, suppressed: null });
		// 11 is not small, but 11 less the second quarter's 9 is the first quarter's 2.
		expect(northRow(half)).toEqual({ value: null, suppressed: 'secondary' });
	});

	it('shows no count that any of its quarters’ own reports does not show', async () => {
		const quarters = await Promise.all(
			['2025-Q1', '2025-Q2'].map((quarter) => reportOf({ period: 'quarter', quarter }))
		);
		for (const query of [firstHalf, { period: 'year', year: '2025' }]) {
			const shown = countsShown(await reportOf(query));
			expect(shown.size, query.period).toBeGreaterThan(5);
			for (const quarter of quarters) {
				const inQuarter = countsShown(quarter);
				for (const where of shown.keys())
					expect([where, inQuarter.has(where)]).toEqual([where, true]);
			}
		}
	});

	it('counts a year still running as its quarters so far', async () => {
		const year = await reportOf({ period: 'year', year: '2025' });
		expect(year.period).toMatchObject({ running: true, lastDay: '2025-06-30' });
		expect(countsShown(year)).toEqual(countsShown(await reportOf(firstHalf)));
	});
});
