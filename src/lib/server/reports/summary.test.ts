import { beforeAll, describe, expect, it } from 'vitest';
import { ReportFilters } from '$lib/reports/filters';
import { createStaff, createTeam, createYoungPerson } from '$tests/fixtures';
import { addReportStatement, allocateInTurn, createYoungPersonUser } from '$tests/fixtures/reports';
import { buildReport } from './report';
import { boardSummary, changeBetween, previousFilters, type BoardSummary } from './summary';

const NOW = new Date('2025-04-15T12:00:00Z');
const filters = (f: Record<string, unknown>) => ReportFilters.parse({ team: [], ...f });
const at = (iso: string) => new Date(`${iso}T10:00:00Z`);

describe('the period before a report', () => {
	it('is the quarter before, across a new year', () => {
		expect(previousFilters(filters({ period: 'quarter', quarter: '2025-Q1' }), NOW).quarter).toBe(
			'2024-Q4'
		);
		expect(previousFilters(filters({ period: 'quarter', quarter: '2025-Q3' }), NOW).quarter).toBe(
			'2025-Q2'
		);
		// No quarter chosen: the newest with a whole month counted (on 15 April, the first quarter,
		// as April has not ended), so the one before that.
		expect(previousFilters(filters({ period: 'quarter' }), NOW).quarter).toBe('2024-Q4');
	});

	it('is the year before, and keeps the other filters', () => {
		const before = previousFilters(
			filters({ period: 'year', year: 2025, legalStatus: 'foster', team: ['t1'] }),
			NOW
		);
		expect(before).toMatchObject({
			period: 'year',
			year: 2024,
			legalStatus: 'foster',
			team: ['t1']
		});
	});

	it('is as many quarters as a custom period, ending the quarter before it', () => {
		const before = previousFilters(
			filters({ period: 'custom', from: '2025-03-01', to: '2025-03-10' }),
			NOW
		);
		// Days stand for their quarters: the first quarter alone, so the one before is 2024's last.
		expect(before).toMatchObject({ period: 'custom', from: '2024-Q4', to: '2024-Q4' });
		const financialYear = previousFilters(
			filters({ period: 'custom', from: '2025-Q2', to: '2026-Q1' }),
			NOW
		);
		expect(financialYear).toMatchObject({ from: '2024-Q2', to: '2025-Q1' });
	});
});

describe('a change between two periods', () => {
	it('is shown only between two shown figures', () => {
		expect(changeBetween({ value: 13, suppressed: null }, { value: 6, suppressed: null })).toEqual({
			kind: 'shown',
			value: 7
		});
		expect(
			changeBetween({ value: 40.5, suppressed: null }, { value: 50, suppressed: null })
		).toEqual({ kind: 'shown', value: -9.5 });
		expect(
			changeBetween({ value: null, suppressed: 'small' }, { value: 6, suppressed: null })
		).toEqual({ kind: 'hidden' });
		expect(
			changeBetween({ value: 6, suppressed: null }, { value: null, suppressed: 'secondary' })
		).toEqual({ kind: 'hidden' });
		expect(
			changeBetween({ value: 24, suppressed: null }, { value: null, suppressed: null })
		).toEqual({ kind: 'none' });
	});
});

describe('the board summary', () => {
	let summary: BoardSummary;
	const row = (key: string) => summary.rows.find((r) => r.key === key)!;

	beforeAll(async () => {
		const team = await createTeam('North');
		const worker = await createStaff(['worker']);
		// Six young people: in 2024-Q4 each sends one statement; in 2025-Q1 three of them send three each.
		for (let i = 0; i < 6; i++) {
			const yp = await createYoungPerson({ teamId: team, userId: await createYoungPersonUser() });
			await allocateInTurn(yp, worker.id, [at('2024-01-01')]);
			await addReportStatement(yp, {
				kind: 'good_news',
				sentAt: at('2024-11-0' + (i + 1)),
				readAfterMinutes: 60
			});
			if (i < 3)
				for (const day of ['2025-02-01', '2025-02-02', '2025-02-03'])
					await addReportStatement(yp, {
						kind: 'good_news',
						sentAt: at(day),
						readAfterMinutes: 180
					});
		}
		const q1 = filters({ period: 'quarter', quarter: '2025-Q1' });
		summary = boardSummary(
			await buildReport(q1, NOW),
			await buildReport(previousFilters(q1, NOW), NOW)
		);
	});

	it('compares the statements sent with the quarter before', () => {
		expect(summary.previous.firstDay).toBe('2024-10-01');
		expect(row('statements')).toMatchObject({
			now: { value: 9 },
			before: { value: 6 },
			change: { kind: 'shown', value: 3 }
		});
		expect(row('read')).toMatchObject({
			now: { value: 3 },
			before: { value: 1 },
			change: { kind: 'shown', value: 2 }
		});
	});

	it('hides a small figure and the change from it, so neither gives the other away', () => {
		// Three young people spoke up this quarter, six the one before.
		// Withheld as any number, not "fewer than 5": beside today's counts it must bound nothing.
		expect(row('active').now).toEqual({ value: null, suppressed: 'unbounded' });
		expect(row('active').before).toEqual({ value: 6, suppressed: null });
		expect(row('active').change).toEqual({ kind: 'hidden' });
	});

	it('takes every figure from the protected tables', () => {
		// Today's count stands on its own: a small count of the period does not withhold it.
		expect(summary.allocated).toEqual({ value: 6, suppressed: null });
		expect(row('meetings').change).toEqual({ kind: 'shown', value: 0 });
		expect(row('views').change).toEqual({ kind: 'none' });
	});
});
