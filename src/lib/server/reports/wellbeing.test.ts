import { beforeAll, describe, expect, it } from 'vitest';
import { ReportFilters } from '$lib/reports/filters';
import { SHANARRI_AREAS } from '$lib/vocabulary';
import { createStaff, createTeam, createYoungPerson } from '$tests/fixtures';
import { addReportStatement, allocateInTurn } from '$tests/fixtures/reports';
import { buildReport, findTable } from './report';

const NOW = new Date('2025-04-15T12:00:00Z');
const Q1 = ReportFilters.parse({ period: 'quarter', quarter: '2025-Q1', team: [] });
/** Every area but safe, the one this test gives odd answers for. */
const AREAS = SHANARRI_AREAS.filter((area) => area !== 'safe');

// Six young people said how safe they feel with a face (2); four more sent answers no face gives.
beforeAll(async () => {
	const team = await createTeam('North');
	const worker = await createStaff(['worker']);
	const odd: unknown[] = ['5', 9, true, null];
	for (const [i, safe] of [2, 2, 2, 2, 2, 2, ...odd].entries()) {
		const yp = await createYoungPerson({ teamId: team, dateOfBirth: '2012-01-01' });
		await allocateInTurn(yp, worker.id, [new Date('2024-01-01')]);
		await addReportStatement(yp, {
			kind: 'feelings',
			sentAt: new Date(Date.UTC(2025, 1, i + 1, 10)),
			answers: { safe, ...Object.fromEntries(AREAS.map((area) => [area, 3])) }
		});
	}
});

describe('the wellbeing averages', () => {
	it('count only the scores a face gives, 1 to 5, and the people who gave them', async () => {
		const report = await buildReport(Q1, NOW);
		const row = (area: string) =>
			findTable(report, 'wellbeing')
				?.rows.find((r) => r.key === area)
				?.cells.map((c) => c.value);
		// People, then the average. Text, a number past 5, true and nothing are not scores: six
		// people gave safe a score, all 2; all ten gave healthy 3.
		expect(row('safe')).toEqual([6, 2]);
		expect(row('healthy')).toEqual([10, 3]);
	});
});
