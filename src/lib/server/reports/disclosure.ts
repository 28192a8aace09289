/**
 * Disclosure control. A small count can identify a child in a board paper,
 * so counts from 1 to threshold−1 are never shown as numbers.
 */
export type ShownCount = { suppressed: false; value: number } | { suppressed: true; value: null };

export function suppressSmallCount(n: number, threshold: number): ShownCount {
	return n > 0 && n < threshold ? { suppressed: true, value: null } : { suppressed: false, value: n };
}
