import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recoveredFigures } from '$tests/fixtures/disclosure-audit';
import { protectTogether } from './linked';
import { countTable, type ReportTable } from './table';

/**
 * Counts of today (young people allocated, and with an account) are the same in every
 * period's report; only "said something in the period" changes. A lead can open two
 * periods side by side, so what one hides must not be shown by the other.
 */
const count = fc.oneof(
	{ weight: 3, arbitrary: fc.constant(0) },
	{ weight: 4, arbitrary: fc.integer({ min: 1, max: 6 }) },
	{ weight: 3, arbitrary: fc.integer({ min: 5, max: 40 }) }
);
/** Per group: allocated, with an account (some of them), and a fraction of those for each of two periods. */
const groups = fc.array(
	fc.tuple(count, fc.nat(40), fc.nat(40), fc.nat(40)).map(([allocated, a, p, q]) => {
		const withAccount = allocated === 0 ? 0 : a % (allocated + 1);
		const active = (n: number) => (withAccount === 0 ? 0 : n % (withAccount + 1));
		return { allocated, withAccount, periods: [active(p), active(q)] as const };
	}),
	{ minLength: 2, maxLength: 6 }
);

function reachFor(
	rows: { allocated: number; withAccount: number; active: number }[],
	threshold: number
): ReportTable {
	const draft = countTable({
		id: 'reach',
		section: 'reach',
		caption: 'reach',
		definition: '',
		rowHeader: '',
		rows: rows.map((_, i) => ({ key: `g${i}`, label: `g${i}` })),
		columns: [
			{ key: 'allocated', label: 'allocated' },
			{ key: 'withAccount', label: 'withAccount' },
			{ key: 'active', label: 'active' }
		],
		value: (row, column) => rows[Number(row.slice(1))]![column as 'allocated'],
		rowTotals: false,
		totalLabel: 'All',
		nested: [
			{ inner: 'withAccount', outer: 'allocated' },
			{ inner: 'active', outer: 'allocated' },
			{ inner: 'active', outer: 'withAccount' }
		],
		todayColumns: ['allocated', 'withAccount'],
		threshold
	});
	return protectTogether({ reach: [{ count: draft }] }).reach[0]!;
}

describe('counts of today across periods', () => {
	it("give nothing back when two periods' reports are read side by side", () => {
		fc.assert(
			fc.property(groups, fc.integer({ min: 3, max: 6 }), (data, threshold) => {
				const [first, second] = [0, 1].map((p) =>
					reachFor(
						data.map((g) => ({
							allocated: g.allocated,
							withAccount: g.withAccount,
							active: g.periods[p]!
						})),
						threshold
					)
				);
				// A reader holding both reports pins nothing down.
				for (const [shown, other] of [
					[first!, second!],
					[second!, first!]
				] as const) {
					const elsewhere = (rowKey: string, column: number) => {
						if (column > 1) return undefined;
						const cell = other.rows.find((r) => r.key === rowKey)?.cells[column];
						return cell && !cell.suppressed ? (cell.value ?? undefined) : undefined;
					};
					const knows = {
						threshold,
						nested: [
							[1, 0],
							[2, 0],
							[2, 1]
						] as [number, number][],
						shownElsewhere: elsewhere
					};
					expect(recoveredFigures(shown, knows)).toEqual([]);
				}
			}),
			{ numRuns: 400 }
		);
	});
});
