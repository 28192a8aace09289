import { beforeAll, describe, expect, it } from 'vitest';
import { transaction } from '../db';
import { setSetting } from '../settings';
import { NOW, Q1, seedLundyQuarter } from '$tests/fixtures/lundy-quarter';
import { buildReport, findTable, type Report } from './report';
import { lundyHeadline } from './sections-lundy';

// A known first quarter of 2025 (tests/fixtures/lundy-quarter.ts), its Lundy measures worked out by hand.
let north: string;
let south: string;
let report: Report;
const row = (r: Report, id: string, key: string) =>
	findTable(r, id)!
		.rows.find((x) => x.key === key)!
		.cells.map((c) => (c.suppressed ? 'x' : c.value));

beforeAll(async () => {
	({ north, south } = await seedLundyQuarter());
	report = await buildReport(Q1, NOW);
});

describe('the Lundy measures of a quarter', () => {
	it('counts space, voice, audience and influence for all meetings held, as shares of them', () => {
		// Held 14; invited 9 + 3; views 7 + 2; read before 6 + 2; told in time 6 + 2.
		expect(row(report, 'lundy_by_team', 'total')).toEqual([
			14, 12, 9, 8, 8, 85.7, 64.3, 57.1, 57.1
		]);
	});

	it("hides South's small counts, and North's, which All less South would give back", () => {
		expect(row(report, 'lundy_by_team', south)).toEqual(Array(9).fill('x'));
		expect(row(report, 'lundy_by_team', north)).toEqual(Array(9).fill('x'));
		// The same figures in the meetings table are hidden alike.
		expect(row(report, 'meetings_by_team', north)).toEqual(['x', 'x', 'x']);
		expect(row(report, 'meetings_by_team', 'total')).toEqual([14, 9, 64.3]);
	});

	it('says how views were given, hiding the small ways', () => {
		expect(row(report, 'lundy_voice_by_mode', 'typed')).toEqual([5]);
		expect(row(report, 'lundy_voice_by_mode', 'simple')).toEqual(['x']);
		expect(row(report, 'lundy_voice_by_mode', 'voice_note')).toEqual(['x']);
		expect(row(report, 'lundy_voice_by_mode', 'with_worker')).toEqual(['x']);
		expect(row(report, 'lundy_voice_by_mode', 'total')).toEqual([9]);
	});

	it('counts how listened to young people felt after meetings, every rating too few to show', () => {
		expect(['1', '2', '3', '4', '5', 'total'].map((k) => row(report, 'lundy_listened', k))).toEqual(
			[[0], ['x'], [0], ['x'], ['x'], [7]]
		);
	});

	it('gives the child-friendly report the shares it may say, and none it may not', () => {
		const h = lundyHeadline(report);
		expect([h.space, h.voice, h.audience, h.influence].map((c) => c.value)).toEqual([
			85.7, 64.3, 57.1, 57.1
		]);
		expect(h.feltListened).toEqual({ value: null, suppressed: 'secondary' });
	});

	it('shows each team with a threshold of 2, where none of their figures is small', async () => {
		await transaction(async (tx) => await setSetting(tx, 'suppressionThreshold', 2));
		const low = await buildReport(Q1, NOW);
		await transaction(async (tx) => await setSetting(tx, 'suppressionThreshold', 5));
		expect(row(low, 'lundy_by_team', north)).toEqual([10, 9, 7, 6, 6, 90, 70, 60, 60]);
		expect(row(low, 'lundy_by_team', south)).toEqual([4, 3, 2, 2, 2, 75, 50, 50, 50]);
		expect(row(low, 'meetings_by_team', south)).toEqual([4, 2, 50]);
		// One meeting's views were given with a worker and one as a voice note: both hidden. At a
		// threshold of 2 "fewer than 2" can only be 1, so the simple form's 2 is hidden beside them.
		expect(
			['typed', 'simple', 'voice_note', 'with_worker'].map((k) =>
				row(low, 'lundy_voice_by_mode', k)
			)
		).toEqual([[5], ['x'], ['x'], ['x']]);
		// The single rating of 2 is hidden, and one of the threes, or 7 − 3 − 3 would give it back:
		// so how many felt listened to (4 or 5) is not said either.
		expect(row(low, 'lundy_listened', '2')).toEqual(['x']);
		const [four, five] = [row(low, 'lundy_listened', '4')[0], row(low, 'lundy_listened', '5')[0]];
		expect([four, five].filter((v) => v === 'x')).toHaveLength(1);
		expect(row(low, 'lundy_listened', 'total')).toEqual([7]);
		expect(lundyHeadline(low).feltListened.suppressed).toBe('secondary');
	});
});
