import { beforeAll, describe, expect, it } from 'vitest';
import { transaction } from '../db';
import { setSetting } from '../settings';
import { NOW, Q1, seedKnownQuarter } from '$tests/fixtures/known-quarter';
import { buildReport, findTable, type Report } from './report';
import type { ReportTable } from './table';

// The known organisation (tests/fixtures/known-quarter.ts) for the first quarter of 2025.
let report: Report;
let north: string;

const table = (id: string): ReportTable => {
	const t = findTable(report, id);
	if (!t) throw new Error(`no table ${id}`);
	return t;
};
/** A row's cells as numbers, with 'x' for anything withheld. */
const row = (id: string, key: string) =>
	table(id)
		.rows.find((r) => r.key === key)!
		.cells.map((c) => (c.suppressed ? 'x' : c.value));

beforeAll(async () => {
	({ north } = await seedKnownQuarter());
	report = await buildReport(Q1, NOW);
});

describe('a quarter’s participation report', () => {
	it('covers the chosen period', () => {
		expect(report.period.firstDay).toBe('2025-01-01');
		expect(report.period.lastDay).toBe('2025-03-31');
		expect(report.threshold).toBe(5);
	});

	it('names the first column of every table, as its header says what the rows are', () => {
		const tables = report.sections.flatMap((s) => s.tables);
		expect(tables.filter((t) => t.rowHeader.trim() === '').map((t) => t.id)).toEqual([]);
		expect(table('days_to_outcome').rowHeader).toBe('Team');
		expect(table('urgent').rowHeader).toBe('Team');
	});

	it('counts reach, hiding a small team and the team that would give it away', () => {
		// Allocated, with account, active, share with account, share active.
		expect(row('reach_by_team', 'total')).toEqual([10, 8, 7, 80, 70]);
		expect(row('reach_by_team', north)).toEqual(['x', 'x', 'x', 'x', 'x']);
		expect(row('reach_by_age_band', 'under_12')).toEqual([0, 0, 0, null, null]);
		expect(row('reach_by_legal_status', 'foster')).toEqual(['x', 'x', 'x', 'x', 'x']);
	});

	it('counts meetings held and views sent before them', () => {
		expect(row('meetings_by_type', 'looked_after_review')).toEqual([6, 5, 83.3]);
		// Cancelled, and not yet held, pathway reviews are not counted.
		expect(row('meetings_by_type', 'pathway_plan_review')).toEqual([0, 0, null]);
		expect(row('meetings_by_type', 'total')).toEqual([6, 5, 83.3]);
	});

	it('counts make-a-change outcomes with secondary suppression across the table', () => {
		const t = table('requests_by_category');
		for (const r of t.rows.slice(0, -1)) {
			const withheld = r.cells.filter((c) => c.suppressed).length;
			expect(withheld, r.label).not.toBe(1);
		}
		// Open (1) is hidden, and so the row's "All": 5 agreed shown, "fewer than 5" open, and an "All" of at least 5.
		expect(row('requests_by_category', 'family_time')).toEqual([5, 0, 0, 'x', 'x']);
		expect(row('requests_by_category', 'total')[4]).toBe(7);
		// Six outcomes recorded (five after 10 days, one after 3): the median is 10 days.
		// Six outcomes recorded, but the table above hides "not possible" (1) and "open" (1): showing 6 would give the 1 back
		// (6 − 5 agreed − 0 partly), so the count goes, and the median with it.
		expect(row('days_to_outcome', 'all')).toEqual(['x', 'x']);
	});

	it('counts the same requests, by outcome, in every breakdown as by category', () => {
		const byCategory = row('requests_by_category', 'total');
		expect(byCategory[4]).toBe(7);
		for (const by of ['team', 'age_band', 'legal_status', 'placement_type'])
			expect(row(`requests_by_${by}`, 'total'), by).toEqual(byCategory);
	});

	it('counts "did you feel listened to" ratings, hiding the single low rating and its partner', () => {
		expect(row('listened_ratings', '2')).toEqual(['x']);
		expect(row('listened_ratings', '5')).toEqual(['x']);
		expect(row('listened_ratings', 'total')).toEqual([6]);
	});

	it('measures time to first read and reply as median and 90th percentile', () => {
		// Read times of the period's statements: 1–6 hours for six requests, 30 minutes for the worry.
		expect(row('responsiveness', 'total')).toEqual([7, 3, 6, 6, 6, 12]);
		// South read one: North's 6 beside an "All" of 7 would give it back, so North is withheld too.
		expect(row('responsiveness', north)).toEqual(['x', 'x', 'x', 'x', 'x', 'x']);
		// One urgent statement: too few to show its count or timing.
		expect(row('urgent', 'all')).toEqual(['x', 'x', 'x']);
	});

	it('averages wellbeing per area from the JSON answers, with the trend by quarter', () => {
		expect(row('wellbeing', 'safe')).toEqual([6, 3.5]);
		expect(row('wellbeing', 'healthy')).toEqual([6, 3]);
		expect(row('wellbeing_trend', '2025-Q1')[0]).toBe(3.5);
	});

	it('counts worker changes over the last 12 months', () => {
		// Nine with none and one with two: the one is hidden, and so the nine, or 10 − 9 gives it back.
		expect(row('worker_changes', '0')).toEqual(['x']);
		expect(row('worker_changes', '2')).toEqual(['x']);
		// Each team's "All" is its allocated young people, a figure of today, withheld as reach
		// withholds it; a team's bands are then any number ("Not shown"), or they would bound it.
		const bands = (r: string) =>
			table('worker_changes_by_team')
				.rows.find((x) => x.key === r)!
				.cells.map((c) => c.suppressed);
		expect(row('reach_by_team', north)[0]).toBe('x');
		expect(bands(north)).toEqual([...Array(4).fill('unbounded'), 'secondary']);
		const south = table('worker_changes_by_team').rows.find((r) => r.label === 'South')!;
		expect(bands(south.key)).toEqual([...Array(4).fill('unbounded'), 'small']);
		expect(row('worker_changes', '1')).toEqual(['x']);
		expect(row('worker_changes', '3')).toEqual(['x']);
		expect(row('worker_changes', 'total')).toEqual([10]);
	});

	it('counts statements by kind, including archived records but not other periods', () => {
		expect(row('statements_by_kind', 'make_a_change')).toEqual([7]);
		expect(row('statements_by_kind', 'before_meeting')).toEqual([6]);
		expect(row('statements_by_kind', 'feelings')).toEqual([6]);
		expect(row('statements_by_kind', 'good_news')).toEqual(['x']);
		expect(row('statements_by_kind', 'total')).toEqual([21]);
	});

	it('follows the threshold setting', async () => {
		await transaction(async (tx) => await setSetting(tx, 'suppressionThreshold', 2));
		const low = await buildReport(Q1, NOW);
		await transaction(async (tx) => await setSetting(tx, 'suppressionThreshold', 5));
		// South's three statements are shown with a threshold of 2, and are "fewer than 5" with the usual one.
		const south = (r: Report) =>
			findTable(r, 'statements_by_team')!.rows.find((x) => x.label === 'South')!.cells[0]!;
		expect(south(low)).toEqual({ value: 3, suppressed: null });
		expect(south(report).suppressed).toBe('small');
	});
});
