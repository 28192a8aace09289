import { beforeAll, describe, expect, it } from 'vitest';
import { ReportFilters } from '$lib/reports/filters';
import { TEMPLATES } from '$lib/templates';
import { createTeam, createYoungPerson } from '$tests/fixtures';
import { addReportStatement } from '$tests/fixtures/reports';
import { blockParams, dropPeriodRows, keepPeriodRows, prepareQuarterTables } from './quarter-rows';
import { prepareReportTables } from './scratch-rows';
import { withReportSession, type ReportSession } from './session';
import { dropReportTables, queryParams } from './sql';

// On both engines (the PostgreSQL suite runs this file too). Looked at in mid-November 2025:
// the year so far is three quarters ended and October counted.
const NOW = new Date('2025-11-15T12:00:00Z');
const YEAR = ReportFilters.parse({ period: 'year', year: '2025' });

/** Every scratch row, and each person's groups, as one sorted list of lines. */
async function scratchOf(session: ReportSession) {
	const rows = await session.all<Record<string, unknown>>(
		`SELECT r.*, p.team_id, p.age_band, p.legal_status, p.placement_type
		FROM temp.report_rows r JOIN temp.report_groups p ON p.g = r.g`
	);
	return rows.map((row) => JSON.stringify(Object.values(row))).sort();
}

beforeAll(async () => {
	const team = await createTeam('North');
	// 15 at the end of June, 16 from August: a young person whose age band at the end of the
	// second quarter (12–15) is not the one at the end of the year (16–17).
	const turning = await createYoungPerson({ teamId: team, dateOfBirth: '2009-08-01' });
	const older = await createYoungPerson({ teamId: team, dateOfBirth: '2008-01-01' });
	const sent = (day: string, kind: 'good_news' | 'feelings' | 'make_a_change') => ({
		kind,
		sentAt: new Date(`2025-${day}T10:00:00Z`),
		readAfterMinutes: 30,
		answers: kind === 'feelings' ? { safe: 4 } : undefined
	});
	for (const day of ['01-10', '05-20', '06-30', '09-01', '10-02', '11-03'])
		for (const kind of ['good_news', 'feelings', 'make_a_change'] as const) {
			await addReportStatement(turning, sent(day, kind));
			await addReportStatement(older, sent(day, kind));
		}
});

describe("a quarter's rows taken from the period's", () => {
	it('are the rows a pass over the statements makes for the quarter, grouped at its end', async () => {
		const { fromPeriod, own } = await withReportSession(async (session) => {
			const fromPeriod: Record<string, string[]> = {};
			const own: Record<string, string[]> = {};
			const quarters = ['2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4'];
			for (const quarter of quarters) {
				await prepareReportTables(session, blockParams(quarter, NOW), TEMPLATES);
				own[quarter] = await scratchOf(session);
			}
			await prepareReportTables(session, queryParams(YEAR, NOW), TEMPLATES);
			await keepPeriodRows(session);
			for (const quarter of quarters) {
				await prepareQuarterTables(session, blockParams(quarter, NOW), quarter);
				fromPeriod[quarter] = await scratchOf(session);
			}
			await dropPeriodRows(session);
			await dropReportTables(session);
			return { fromPeriod, own };
		});
		expect(fromPeriod).toEqual(own);
		expect(own['2025-Q2']!.length).toBe(12);
		// November is not counted yet: October's six rows alone.
		expect(own['2025-Q4']!.length).toBe(6);
		// The young person turning 16 is in the 12–15 band at the second quarter's end.
		expect(own['2025-Q2']!.some((line) => line.includes('"12_15"'))).toBe(true);
		expect(own['2025-Q3']!.some((line) => line.includes('"12_15"'))).toBe(false);
	});
});
