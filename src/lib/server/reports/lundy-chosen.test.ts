import { beforeAll, describe, expect, it } from 'vitest';
import { ReportFilters } from '$lib/reports/filters';
import { NOW, Q1, seedLundyQuarter } from '$tests/fixtures/lundy-quarter';
import { buildReport, findTable } from './report';
import { lundyHeadline } from './sections-lundy';

// The known Lundy quarter (tests/fixtures/lundy-quarter.ts): North held 10 meetings, South 4.
let north: string;
let south: string;
const forChoices = async (choices: Record<string, unknown>) =>
	await buildReport(ReportFilters.parse({ ...Q1, ...choices }), NOW);

beforeAll(async () => {
	({ north, south } = await seedLundyQuarter());
});

describe('the child-friendly meeting sentences of a report for chosen groups', () => {
	it('say of one team what its row of the report says, never "no meetings"', async () => {
		for (const team of [north, south]) {
			const report = await forChoices({ team: [team] });
			const cells = findTable(report, 'lundy_by_team')!.rows.find((r) => r.key === team)!.cells;
			const h = lundyHeadline(report);
			// Both teams' shares are withheld in the report: they stay withheld here.
			expect([h.space, h.voice, h.audience, h.influence]).toEqual(cells.slice(5));
			for (const cell of [h.space, h.voice, h.audience, h.influence])
				expect(cell.suppressed).not.toBeNull();
		}
	});

	it('say that a figure the report does not give is not shown, not that nobody answered', async () => {
		const forNorth = lundyHeadline(await forChoices({ team: [north] }));
		expect(forNorth.feltListened).toEqual({ value: null, suppressed: 'unbounded' });
		const byAge = lundyHeadline(await forChoices({ ageBand: '12_15' }));
		for (const cell of Object.values(byAge))
			expect(cell).toEqual({ value: null, suppressed: 'unbounded' });
	});
});
