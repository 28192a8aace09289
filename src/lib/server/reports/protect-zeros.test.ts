import { beforeAll, describe, expect, it } from 'vitest';
import { ReportFilters } from '$lib/reports/filters';
import { recoveredFigures } from '$tests/fixtures/disclosure-audit';
import { zerosBesideWholeGroups } from '$tests/fixtures/zeros-audit';
import { seedDemo } from '../demo/seed';
import { reportToCsv } from './csv';
import type { Cell } from './disclosure';
import { protectTable, type ProtectedTable } from './protect';
import { buildReport, type Report } from './report';
import type { ReportTable } from './table';

const T = 5;
/** A figure as a reader sees it: a number, "fewer" (fewer than 5) or "suppressed" (at least 5). */
const seen = (c: Cell) =>
	c.suppressed === 'small' ? 'fewer' : c.suppressed ? 'suppressed' : c.value;
const both = { rowTotals: true, columnTotals: true };

/** A protected table with an "All" column and row, for the reader model. */
function asTable(t: ProtectedTable, cols: number): ReportTable {
	const columns = Array.from({ length: cols }, (_, j) => ({
		label: `c${j}`,
		unit: 'count' as const
	}));
	return {
		id: 't',
		section: 'stability',
		caption: 't',
		definition: '',
		rowHeader: '',
		columns: [...columns, { label: 'All', unit: 'count' }],
		rows: [
			...t.cells.map((cells, i) => ({
				key: `r${i}`,
				label: `r${i}`,
				cells: [...cells, t.rowTotals[i]!]
			})),
			{ key: 'total', label: 'All', total: true, cells: [...t.columnTotals, t.grandTotal!] }
		]
	};
}

describe('zeros beside a group whose count is all withheld', () => {
	// Worker changes (0, 1, 2, 3 or more) by legal status: at home, residential care (one child,
	// three changes), a child protection plan (one child, two changes), foster care.
	const changes = [
		[6, 0, 0, 0],
		[0, 0, 0, 1],
		[0, 0, 1, 0],
		[5, 0, 0, 0]
	];

	it('are withheld too, so a child alone in a group cannot be placed', () => {
		const t = protectTable(changes, T, both);
		// "0, 0, 0, fewer than 5" would say the one child in residential care had 3 or more.
		expect(t.cells[1]!.map(seen)).toEqual(['fewer', 'fewer', 'fewer', 'fewer']);
		expect(t.cells[2]!.map(seen)).toEqual(['fewer', 'fewer', 'fewer', 'fewer']);
		expect(t.cells[0]!.map(seen)).toEqual([6, 0, 0, 0]);
		expect(recoveredFigures(asTable(t, 4), { threshold: T })).toEqual([]);
		expect(zerosBesideWholeGroups(asTable(t, 4))).toEqual([]);
	});

	it('are withheld in the "All" row when everyone together could be a few', () => {
		// Make-a-change outcomes (agreed, partly, not possible, open) for two small teams.
		const t = protectTable(
			[
				[0, 2, 0, 0],
				[1, 0, 0, 0]
			],
			T,
			both
		);
		expect([...t.columnTotals, t.grandTotal!].map(seen)).toEqual(Array(5).fill('fewer'));
		expect(t.cells.flat().every((c) => c.suppressed === 'small')).toBe(true);
	});

	it('are withheld down a column of answers, unless its rows are groups of young people', () => {
		// "Did you feel listened to?" 1 to 5: three answers, all 3s.
		const ratings = [[0], [0], [3], [0], [0]];
		const shape = { rowTotals: false, columnTotals: true };
		const answers = protectTable(ratings, T, shape);
		expect(answers.cells.map((r) => seen(r[0]!))).toEqual(Array(5).fill('fewer'));
		// Statements by team: that the three came from one team says nothing a team answered.
		const teams = protectTable(ratings, T, shape, { groupRows: true });
		expect(teams.cells.map((r) => seen(r[0]!))).toEqual([0, 0, 'fewer', 0, 0]);
	});

	it('are kept where the group is known to hold at least the threshold', () => {
		// A row total of 5 is shown, so that row is no small group; a row holding a "suppressed"
		// figure (at least 5) is none either.
		const t = protectTable(
			[
				[0, 2, 3, 0],
				[9, 8, 7, 6],
				[0, 12, 1, 0]
			],
			T,
			both
		);
		expect(t.cells[0]!.map(seen)).toEqual([0, 'fewer', 'fewer', 0]);
		expect(t.rowTotals[0]!.value).toBe(5);
		expect(t.cells[2]!.map(seen)[0]).toBe(0);
		expect(recoveredFigures(asTable(t, 4), { threshold: T })).toEqual([]);
	});
});

describe('the demo organisation’s report for the quarter', () => {
	const now = new Date('2026-12-03T12:00:00Z');
	let report: Report;
	let csv: string[];
	beforeAll(async () => {
		await seedDemo(now);
		report = await buildReport(ReportFilters.parse({ period: 'quarter', quarter: '2026-Q4' }), now);
		csv = reportToCsv(report, { quotes: [], youSaidWeDid: [] }).split('\r\n');
	}, 60_000);

	/** The CSV values of one group's row of a table. */
	const csvRow = (caption: string, group: string) =>
		csv.filter((l) => l.split(',')[1] === caption && l.split(',')[2] === group);

	it('no longer shows where Leah or Jordan is by the zeros beside them', () => {
		for (const [caption, group] of [
			['Worker changes in the last 12 months by legal status', 'Residential care'],
			['Worker changes in the last 12 months by legal status', 'Child protection plan'],
			['Worker changes in the last 12 months by placement type', 'Residential house'],
			['Make-a-change requests by legal status and outcome', 'Residential care']
		]) {
			const values = csvRow(caption!, group!).map((l) => l.split(',').at(-1));
			expect(values.length, `${caption} ${group}`).toBe(5);
			// Withheld as "fewer than n" or "suppressed", or as any number beside a withheld count of today.
			for (const v of values)
				expect(['suppressed', 'not shown'], `${caption} ${group}`).toContain(v);
		}
	});

	it('shows no such zero in any table', () => {
		// Tables whose rows are the answers (ratings, kinds, bands), read down the column too.
		const answersDown =
			/^(worker_changes|statements_by_kind|themes_by_category|listened_ratings|lundy_listened|lundy_voice_by_mode|meetings_by_type|statements_by_language|acknowledge)$/;
		const found = report.sections
			.flatMap((s) => s.tables)
			.flatMap((t) => zerosBesideWholeGroups(t, { columns: answersDown.test(t.id) }));
		expect(found).toEqual([]);
	});
});
