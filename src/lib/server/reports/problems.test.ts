import { beforeAll, describe, expect, it } from 'vitest';
import { createTeam } from '$tests/fixtures';
import { loadReport } from './page-data';

const NOW = new Date('2025-04-15T12:00:00Z');
let north: string;
const reportFor = async (query: string) =>
	await loadReport(new URL(`http://heard.test/lead?${query}`), NOW);

beforeAll(async () => {
	north = await createTeam('North');
});

describe('a report asked for with choices that cannot be used', () => {
	it('says which choice was wrong, one sentence for each kind', async () => {
		const cases: [string, string][] = [
			['ageBand=bogus', 'That age band is not known: choose one from the list.'],
			[
				'period=quarter&quarter=2026-Q5',
				'That quarter is not known: choose one from the list, such as 2026-Q1.'
			],
			['period=year&year=1850', 'That year cannot be used: choose a year from 2000 to 2100.'],
			['legalStatus=bogus', 'That legal status is not known: choose one from the list.'],
			['placementType=bogus', 'That placement type is not known: choose one from the list.'],
			[
				'period=custom&from=2026-Q3&to=2026-Q1',
				'Check the dates: the first must be on or before the last.'
			],
			[
				'period=custom&from=2026-99-99&to=2026-Q1',
				'Check the dates: each must be a real quarter, such as 2026-Q1.'
			]
		];
		for (const [query, said] of cases) {
			const data = await reportFor(query);
			expect([query, data.invalid, data.problems]).toEqual([query, true, [said]]);
		}
	});

	it('says a team that is not one is not known, and shows the whole report instead of an empty one', async () => {
		const data = await reportFor('team=doesnotexist');
		expect(data.invalid).toBe(true);
		expect(data.problems).toEqual([
			'That team is not known: it may have been removed. Choose teams from the list.'
		]);
		expect(data.filters.team).toEqual([]);
		expect(data.chosenNames).toEqual([]);
	});

	it('finds nothing wrong with a real team', async () => {
		const data = await reportFor(`team=${north}`);
		expect([data.invalid, data.problems, data.chosenNames]).toEqual([false, [], ['North']]);
	});
});
