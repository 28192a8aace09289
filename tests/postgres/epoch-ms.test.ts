import { describe, expect, it } from 'vitest';
import { readOnce } from '../../src/lib/server/reports/session';
import { epochMs } from '../../src/lib/server/reports/sql';

// The report's scratch rows hold moments as whole milliseconds, as SQLite stores them; on
// PostgreSQL they are worked out from timestamptz through a double (sql.ts), which must round
// back to the very millisecond for every moment Heard could hold.
const MOMENTS = [
	'1970-01-01T00:00:00.000Z',
	'1969-12-31T23:59:59.001Z',
	'2025-03-30T00:59:59.999Z',
	'2025-10-26T01:00:00.001Z',
	'2026-12-02T15:16:17.123Z',
	'2099-12-31T23:59:59.999Z'
];

describe('epochMs on PostgreSQL', () => {
	it('gives every moment back as its exact milliseconds', async () => {
		for (const moment of MOMENTS) {
			const at = new Date(moment);
			const [row] = await readOnce<{ ms: number }>(
				`SELECT ${epochMs('CAST(@at AS timestamptz)')} AS ms`,
				{ at }
			);
			expect(Number(row!.ms), moment).toBe(at.getTime());
		}
	});

	it('gives each of a year of odd milliseconds back exactly', async () => {
		const [row] = await readOnce<{ wrong: number }>(
			`SELECT COUNT(*) AS wrong FROM generate_series(0, 99999) i
			 WHERE ${epochMs(`CAST(@from AS timestamptz) + i * interval '315 seconds 337 milliseconds'`)}
				<> CAST(@fromMs AS BIGINT) + CAST(i AS BIGINT) * 315337`,
			{ from: new Date('2025-01-01T00:00:00.007Z'), fromMs: Date.UTC(2025, 0, 1) + 7 }
		);
		expect(Number(row!.wrong)).toBe(0);
	});
});
