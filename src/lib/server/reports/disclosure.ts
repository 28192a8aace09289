/**
 * Disclosure control. A small count can identify a child in a board paper,
 * so counts from 1 to threshold−1 are never shown as numbers, rates built on
 * small numbers are withheld, and a withheld cell must not be recoverable by
 * subtracting the cells beside it from a total.
 */
/**
 * Why a cell is withheld: `small` is 1..threshold−1; `secondary` protects a small cell
 * elsewhere; `unbounded` may be any number (a figure withheld with a withheld figure of
 * today beside it, or an "All" of the period beside today's: see protect-rows.ts).
 */
export type Suppression = 'small' | 'secondary' | 'unbounded' | null;

export interface Cell {
	value: number | null;
	suppressed: Suppression;
}

export const shown = (value: number | null): Cell => ({ value, suppressed: null });
export const withheld = (why: Exclude<Suppression, null>): Cell => ({
	value: null,
	suppressed: why
});

export function countCell(n: number, threshold: number): Cell {
	return n > 0 && n < threshold ? withheld('small') : shown(n);
}

/**
 * A percentage, withheld when either side is under the threshold (so 0 of 3
 * is withheld too: "none of the three" identifies them) or when either side
 * is itself withheld, else rate × denominator would give the hidden count back.
 */
export function rateCell(
	numerator: Cell | number,
	denominator: Cell | number,
	threshold: number
): Cell {
	const num = typeof numerator === 'number' ? shown(numerator) : numerator;
	const den = typeof denominator === 'number' ? shown(denominator) : denominator;
	if (num.suppressed || den.suppressed) return withheld('secondary');
	if (den.value === null || den.value === 0 || num.value === null) return shown(null);
	if (num.value < threshold || den.value < threshold) return withheld('small');
	return shown(Math.round((1000 * num.value) / den.value) / 10);
}

/** A median, average or percentile of fewer than `threshold` answers could describe one child. */
export function statisticCell(value: number | null, basedOn: number, threshold: number): Cell {
	if (basedOn === 0 || value === null) return shown(null);
	return basedOn < threshold ? withheld('small') : shown(value);
}
