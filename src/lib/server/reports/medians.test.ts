import { beforeAll, describe, expect, it } from 'vitest';
import { ReportFilters } from '$lib/reports/filters';
import { createStaff, createTeam, createYoungPerson } from '$tests/fixtures';
import { addReportStatement } from '$tests/fixtures/reports';
import { lowerMiddle, measureUrgent, medianDaysToOutcome } from './medians';
import { prepareReportTables } from './scratch-rows';
import { withReportSession } from './session';
import { dropReportTables, queryParams } from './sql';

const NOW = new Date('2025-04-15T12:00:00Z');
const Q1 = ReportFilters.parse({ period: 'quarter', quarter: '2025-Q1', team: [] });

describe('the lower middle value', () => {
	it('is the value at place (n + 1) / 2, rounded down, of the known values in order', () => {
		expect(lowerMiddle([3, 1, 2])).toBe(2);
		expect(lowerMiddle([4, 1, 3, 2])).toBe(2);
		expect(lowerMiddle([10, 9, 0.5, 11])).toBe(9);
		expect(lowerMiddle([null, 7, null, 5])).toBe(5);
		expect(lowerMiddle([null])).toBeNull();
		expect(lowerMiddle([])).toBeNull();
	});
});

/*
 * A first quarter of 2025 worked out by hand: five requests decided after 1, 2, 4, 8 and 16
 * days, one still being worked on, and one decided in April (outside the quarter); four urgent
 * worries, read after 30, 10 and 50 minutes and one not read, one of them escalated.
 */
describe('the medians of a report', () => {
	beforeAll(async () => {
		const team = await createTeam('Medians');
		const by = (await createStaff(['worker'])).id;
		const request = async (sentAt: string, afterDays: number) =>
			await addReportStatement(await createYoungPerson({ teamId: team }), {
				kind: 'make_a_change',
				sentAt: new Date(sentAt),
				changeCategory: 'money',
				outcome: { decision: 'agreed', afterDays, by }
			});
		for (const [i, days] of [16, 1, 8, 2, 4].entries())
			await request(`2025-02-${10 + i}T10:00:00Z`, days);
		await addReportStatement(await createYoungPerson({ teamId: team }), {
			kind: 'make_a_change',
			sentAt: new Date('2025-02-20T10:00:00Z'),
			outcome: { decision: 'still_working', afterDays: 3, by }
		});
		await request('2025-04-02T10:00:00Z', 1);
		for (const [i, minutes] of [30, 10, undefined, 50].entries())
			await addReportStatement(await createYoungPerson({ teamId: team }), {
				kind: 'worried',
				urgent: true,
				escalated: i === 2,
				sentAt: new Date(`2025-03-0${i + 1}T22:00:00Z`),
				readAfterMinutes: minutes
			});
	});

	it('gives the days to an outcome and the minutes to reading an urgent statement', async () => {
		const measured = await withReportSession(async (session) => {
			await prepareReportTables(session, queryParams(Q1, NOW));
			try {
				return {
					days: await medianDaysToOutcome(session),
					urgent: await measureUrgent(session)
				};
			} finally {
				await dropReportTables(session);
			}
		});
		expect(measured.days).toEqual({ n: 5, median: 4 });
		expect(measured.urgent).toEqual({ urgent: 4, escalated: 1, readN: 3, median: 30 });
	});
});
