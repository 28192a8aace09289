import { describe, expect, it } from 'vitest';
import { recoveredFigures } from '$tests/fixtures/disclosure-audit';
import type { ChangesRow, ReachRow } from './figures-people';
import { protectTogether } from './linked';
import { reachTables, stabilityTables } from './sections-people';
import type { ReportTable } from './table';

/*
 * Each group's allocated young people are shown twice: in its row of reach, and as the "All"
 * of its worker changes. These counts (from a generated organisation where the two once
 * disagreed) had reach withhold "At home on supervision" while worker changes showed its 5, so
 * "With an account: suppressed" (at least 5) beside it could only be 5.
 */
const people: Record<string, [number, number, number, number[]]> = {
	at_home_supervision: [5, 5, 3, [4, 0, 1, 0]],
	kinship: [11, 6, 5, [2, 6, 3, 0]],
	foster: [10, 3, 3, [2, 4, 4, 0]]
};
const reach: ReachRow[] = [];
const changes: ChangesRow[] = [];
for (const [key, [allocated, withAccount, active, bands]] of Object.entries(people))
	for (const [dim, k] of [
		['legal_status', key],
		['all', '']
	] as const) {
		reach.push({ dim, key: k, allocated, withAccount, active });
		bands.forEach((n, changed) => changes.push({ dim, key: k, changes: changed, people: n }));
	}

const tables = protectTogether({
	reach: reachTables(reach, [], 5),
	stability: stabilityTables(changes, [], 5)
});
const find = (list: ReportTable[], id: string) => list.find((t) => t.id === id)!;
const byLegal = find(tables.reach, 'reach_by_legal_status');
const changesByLegal = find(tables.stability, 'worker_changes_by_legal_status');

describe("a group's allocated young people, in reach and in worker changes", () => {
	it('are withheld in both or shown in both, alike', () => {
		for (const row of byLegal.rows.filter((r) => !r.total)) {
			const inChanges = changesByLegal.rows.find((r) => r.key === row.key)!.cells.at(-1)!;
			expect(inChanges, row.key).toEqual(row.cells[0]);
		}
		expect(
			byLegal.rows.find((r) => r.key === 'at_home_supervision')!.cells[0]!.suppressed
		).not.toBe(null);
	});

	it('withholds the worker changes of a group whose allocated are withheld as any number', () => {
		const row = changesByLegal.rows.find((r) => r.key === 'at_home_supervision')!;
		expect(row.cells.slice(0, 4).map((c) => c.suppressed)).toEqual(Array(4).fill('unbounded'));
	});

	it('lets no withheld figure of reach be worked out with the worker changes beside it', () => {
		const allOf = (key: string) => changesByLegal.rows.find((r) => r.key === key)?.cells.at(-1);
		const found = recoveredFigures(byLegal, {
			threshold: 5,
			nested: [
				[1, 0],
				[2, 0],
				[2, 1]
			],
			shownElsewhere: (key, column) => {
				const cell = column === 0 && key !== 'total' ? allOf(key) : undefined;
				return cell && !cell.suppressed ? (cell.value ?? undefined) : undefined;
			}
		});
		expect(found).toEqual([]);
	});
});
