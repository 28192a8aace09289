import { beforeAll, describe, expect, it } from 'vitest';
import { ReportFilters } from '$lib/reports/filters';
import { NOW, Q1, seedKnownQuarter } from '$tests/fixtures/known-quarter';
import { headlineCell } from './chosen-groups';
import { buildReport, findTable, type Report } from './report';

// The known organisation (tests/fixtures/known-quarter.ts): North is small, South larger.
let everyone: Report;
let north: string;
let south: string;
const forChoices = async (choices: Record<string, unknown>) =>
	await buildReport(ReportFilters.parse({ ...Q1, ...choices }), NOW);

/** Every figure of a report as "table|row|column" → what it shows. */
function figures(report: Report): Map<string, string> {
	const out = new Map<string, string>();
	for (const t of report.sections.flatMap((s) => s.tables))
		for (const r of t.rows)
			r.cells.forEach((c, j) =>
				out.set(`${t.id}|${r.key}|${j}`, c.suppressed ? `withheld ${c.suppressed}` : `${c.value}`)
			);
	return out;
}

beforeAll(async () => {
	({ north } = await seedKnownQuarter());
	everyone = await buildReport(Q1, NOW);
	south = everyone.teams.find((t) => t.name === 'South')!.id;
});

describe('a report for chosen groups', () => {
	it('shows nothing the report for everyone does not, so the two cannot be subtracted', async () => {
		const all = figures(everyone);
		for (const choices of [
			{ team: [north] },
			{ team: [north, south] },
			{ legalStatus: 'aftercare' },
			{ ageBand: '16_17', team: [south] },
			{ placementType: 'foster_carer' }
		]) {
			const chosen = figures(await forChoices(choices));
			expect(chosen.size).toBeGreaterThan(0);
			for (const [where, shown] of chosen) expect([where, all.get(where)]).toEqual([where, shown]);
		}
	});

	it('keeps only the chosen team’s rows, with no "All" row to take them from', async () => {
		const report = await forChoices({ team: [north] });
		const tables = report.sections.flatMap((s) => s.tables);
		expect(tables.map((t) => t.id)).toEqual([
			'reach_by_team',
			'meetings_by_team',
			'lundy_by_team',
			'requests_by_team',
			'responsiveness',
			'worker_changes_by_team',
			'statements_by_team',
			'complaints_by_team'
		]);
		for (const t of tables) expect(t.rows.map((r) => r.key)).toEqual([north]);
		expect(report.teams.map((t) => t.name)).toEqual(['North']);
		// North is small: its figures are withheld in the report for everyone, so here too.
		expect(findTable(report, 'statements_by_team')!.rows[0]!.cells[0]!.suppressed).toBeTruthy();
	});

	it('keeps one row of each breakdown by a chosen status, withheld as in the report for everyone', async () => {
		const report = await forChoices({ legalStatus: 'aftercare' });
		const reach = findTable(report, 'reach_by_legal_status')!;
		expect(reach.rows.map((r) => r.key)).toEqual(['aftercare']);
		// South's two young people in aftercare, one of them active: today's figures small, the
		// period's beside them any number (it must not bound today's from below).
		expect(reach.rows[0]!.cells.slice(0, 3).map((c) => c.suppressed)).toEqual([
			'small',
			'small',
			'unbounded'
		]);
		expect(findTable(report, 'reach_by_team')).toBeUndefined();
		expect(findTable(report, 'statements_by_kind')).toBeUndefined();
	});
});

describe('a headline figure', () => {
	it('is the chosen group’s row of the same measure, or "Not shown" when there is no one group', async () => {
		const forSouth = await forChoices({ team: [south] });
		const southRow = (id: string, column: number) =>
			findTable(everyone, id)!.rows.find((r) => r.key === south)!.cells[column];
		expect(headlineCell(forSouth, 'statements_by_kind', 'total', 0)).toEqual(
			southRow('statements_by_team', 0)
		);
		expect(headlineCell(forSouth, 'reach_by_team', 'total', 2)).toEqual(
			southRow('reach_by_team', 2)
		);
		expect(headlineCell(forSouth, 'responsiveness', 'total', 1)).toEqual(
			southRow('responsiveness', 1)
		);
		const both = await forChoices({ team: [north, south] });
		expect(headlineCell(both, 'statements_by_kind', 'total', 0).suppressed).toBe('unbounded');
		expect(headlineCell(forSouth, 'worker_changes', '0', 0).suppressed).toBe('unbounded');
		expect(headlineCell(everyone, 'statements_by_kind', 'total', 0)).toEqual({
			value: 21,
			suppressed: null
		});
	});

	it('reads breakdowns whose columns are the whole’s columns', () => {
		const labels = (id: string) => findTable(everyone, id)!.columns.map((c) => c.label);
		for (const [whole, family] of [
			['statements_by_kind', 'statements'],
			['meetings_by_type', 'meetings'],
			['requests_by_category', 'requests'],
			['reach_by_team', 'reach']
		])
			for (const d of ['team', 'age_band', 'legal_status', 'placement_type'])
				expect(labels(`${family}_by_${d}`)).toEqual(labels(whole!));
	});
});
