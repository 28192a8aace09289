import { beforeAll, describe, expect, it } from 'vitest';
import { ReportFilters } from '$lib/reports/filters';
import { createTeam, createYoungPerson } from '$tests/fixtures';
import { addReportStatement } from '$tests/fixtures/reports';
import { buildReport, findTable, type Report } from './report';

/*
 * A first quarter of 2025 with statements in English, Welsh and Arabic, and
 * some from before Heard noted the language, worked out by hand:
 *   English 12 sent, 6 answered · Welsh 10 sent, 5 answered · Arabic 2
 *   sent, none answered · not recorded 6 sent, 3 answered · one English
 *   statement in April, outside the quarter. All: 30 sent, 14 answered.
 */
const NOW = new Date('2025-04-15T12:00:00Z');
const Q1 = ReportFilters.parse({ period: 'quarter', quarter: '2025-Q1', team: [] });

let report: Report;
const row = (key: string) =>
	findTable(report, 'statements_by_language')!
		.rows.find((r) => r.key === key)!
		.cells.map((c) => (c.suppressed ? 'x' : c.value));

beforeAll(async () => {
	const team = await createTeam('Languages');
	const send = async (
		language: string | undefined,
		sent: number,
		answered: number,
		month = '02'
	) => {
		for (let i = 0; i < sent; i++)
			await addReportStatement(await createYoungPerson({ teamId: team }), {
				kind: 'good_news',
				sentAt: new Date(`2025-${month}-${String(10 + i).padStart(2, '0')}T10:00:00Z`),
				repliedAfterMinutes: i < answered ? 90 : undefined,
				language
			});
	};
	await send('en', 12, 6);
	await send('cy', 10, 5);
	await send('ar', 2, 0);
	await send(undefined, 6, 3);
	await send('en', 1, 1, '04');
	report = await buildReport(Q1, NOW);
});

describe('statements by the language they were written in', () => {
	it('counts each language and how many were answered, as a share', () => {
		expect(row('en')).toEqual([12, 6, 50]);
		expect(row('cy')).toEqual([10, 5, 50]);
		expect(row('total')).toEqual([30, 14, 46.7]);
		// Languages nobody wrote in are zeros, with no share of nothing.
		expect(row('pl')).toEqual([0, 0, null]);
	});

	it('hides a language with fewer than five statements, and another row, or All less the rest gives it back', () => {
		expect(row('ar')).toEqual(['x', 'x', 'x']);
		// 30 − 12 − 10 would be Arabic's 2 if the six not recorded were shown.
		expect(row('not_recorded')).toEqual(['x', 'x', 'x']);
	});
});
