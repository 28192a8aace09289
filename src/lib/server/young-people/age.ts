/** Whole years between a date of birth (YYYY-MM-DD) and a day. */
export function ageOn(dateOfBirth: string, on: Date): number {
	const [y, m, d] = dateOfBirth.split('-').map(Number) as [number, number, number];
	let age = on.getUTCFullYear() - y;
	if (on.getUTCMonth() + 1 < m || (on.getUTCMonth() + 1 === m && on.getUTCDate() < d)) age -= 1;
	return age;
}

/** Simple mode is on by default under 12; anyone can switch it either way. */
export const SIMPLE_MODE_BELOW_AGE = 12;
