import { describe, expect, it } from 'vitest';
import { countRowsByDigits, countRowsByKey } from './counting';
import { withReportSession } from './session';

// On both engines (the PostgreSQL suite runs this file too).
describe('counting scratch rows by key', () => {
	const rows = (values: number[]) =>
		`DROP TABLE IF EXISTS temp.report_rows; CREATE TEMP TABLE report_rows (k BIGINT, g INTEGER);
		INSERT INTO temp.report_rows (k, g) VALUES ${values.map((v, i) => `(${v}, ${i % 2})`).join(', ')}`;

	it('counts every key, however large, and below nought', async () => {
		const counts = await withReportSession(async (session) => {
			await session.exec(rows([0, 5, 5, 999_999, 1_000_000, 3_000_000_000, -3, 5]));
			return await countRowsByKey(session, 'k', '1 = 1');
		});
		expect(Object.fromEntries(counts)).toEqual({
			0: 1,
			5: 3,
			999999: 1,
			1000000: 1,
			3000000000: 1,
			'-3': 1
		});
	});

	it('counts several ways in one pass, each by its own digits', async () => {
		const [byBoth, byG] = await withReportSession(async (session) => {
			await session.exec(rows([1, 1, 2, 3, 3, 3]));
			const k = { sql: 'k', size: 4 };
			const g = { sql: 'g', size: 2 };
			return await countRowsByDigits(session, [[k, g], [g]], '1 = 1');
		});
		// k × 2 + g: (1, 0), (1, 1), (2, 0), (3, 1), (3, 0), (3, 1).
		expect(Object.fromEntries(byBoth!)).toEqual({ 2: 1, 3: 1, 4: 1, 6: 1, 7: 2 });
		expect(Object.fromEntries(byG!)).toEqual({ 0: 3, 1: 3 });
	});
});
