import { m } from '$lib/paraglide/messages.js';
import {
	defaultQuarter,
	defaultYear,
	quarterName,
	quarterNumber,
	type Period,
	type ReportFilters
} from '$lib/reports/filters';
import type { Cell } from './disclosure';
import { headlineCell } from './chosen-groups';
import type { Report } from './report';

/**
 * The period just before, of the same length and with the same filters: the
 * quarter or year before, or as many quarters as a custom period, ending
 * the quarter before it starts.
 */
export function previousFilters(f: ReportFilters, now: Date): ReportFilters {
	if (f.period === 'year') return { ...f, year: (f.year ?? defaultYear(now)) - 1 };
	if (f.period === 'custom' && f.from && f.to) {
		const from = quarterNumber(f.from);
		const quarters = quarterNumber(f.to) - from + 1;
		return { ...f, from: quarterName(from - quarters), to: quarterName(from - 1) };
	}
	const before = quarterNumber(f.quarter ?? defaultQuarter(now)) - 1;
	return { ...f, period: 'quarter', quarter: quarterName(before) };
}

export type SummaryUnit = 'count' | 'percent' | 'hours';

/** A change is shown only between two shown figures: from a hidden one it would give that one away. */
export type Change = { kind: 'shown'; value: number } | { kind: 'hidden' } | { kind: 'none' };

interface SummaryRow {
	key: string;
	label: string;
	unit: SummaryUnit;
	now: Cell;
	before: Cell;
	change: Change;
}

export interface BoardSummary {
	/** Young people with a current worker: a count of today, the same for any period, so never compared. */
	allocated: Cell;
	period: Period;
	previous: Period;
	rows: SummaryRow[];
}

const NONE: Cell = { value: null, suppressed: null };
const at = headlineCell;

/** Two figures added up, shown only when both are (a withheld one makes the sum any number: "fewer than 5" plus 3 need not be fewer than 5). */
function sum(a: Cell, b: Cell): Cell {
	if (a.suppressed || b.suppressed) return { value: null, suppressed: 'unbounded' };
	return a.value === null || b.value === null
		? NONE
		: { value: a.value + b.value, suppressed: null };
}

/** The handful of figures a board reads first, each from its report's protected tables. */
const FIGURES: {
	key: string;
	label: () => string;
	unit: SummaryUnit;
	cell: (r: Report) => Cell;
}[] = [
	{
		key: 'active',
		label: m.report_summary_active,
		unit: 'count',
		cell: (r) => at(r, 'reach_by_team', 'total', 2)
	},
	{
		key: 'statements',
		label: m.report_summary_statements,
		unit: 'count',
		cell: (r) => at(r, 'statements_by_kind', 'total', 0)
	},
	{
		key: 'meetings',
		label: m.report_summary_meetings,
		unit: 'count',
		cell: (r) => at(r, 'meetings_by_type', 'total', 0)
	},
	{
		key: 'views',
		label: m.report_summary_views,
		unit: 'percent',
		cell: (r) => at(r, 'meetings_by_type', 'total', 2)
	},
	{
		key: 'requests',
		label: m.report_summary_requests,
		unit: 'count',
		cell: (r) => at(r, 'requests_by_category', 'total', 4)
	},
	{
		key: 'agreed',
		label: m.report_summary_agreed,
		unit: 'count',
		cell: (r) =>
			sum(at(r, 'requests_by_category', 'total', 0), at(r, 'requests_by_category', 'total', 1))
	},
	{
		key: 'read',
		label: m.report_summary_read_hours,
		unit: 'hours',
		cell: (r) => at(r, 'responsiveness', 'total', 1)
	}
];

export function changeBetween(now: Cell, before: Cell): Change {
	if (now.suppressed || before.suppressed) return { kind: 'hidden' };
	if (now.value === null || before.value === null) return { kind: 'none' };
	return { kind: 'shown', value: Math.round((now.value - before.value) * 10) / 10 };
}

/**
 * The board's first page: this period's headline figures beside the previous
 * period's, each report protected as a whole on its own (ADR 14), so a figure
 * hidden in either stays hidden here and its change is not shown.
 */
export function boardSummary(current: Report, previous: Report): BoardSummary {
	return {
		allocated: at(current, 'reach_by_team', 'total', 0),
		period: current.period,
		previous: previous.period,
		rows: FIGURES.map((f) => {
			const [now, before] = [f.cell(current), f.cell(previous)];
			return {
				key: f.key,
				label: f.label(),
				unit: f.unit,
				now,
				before,
				change: changeBetween(now, before)
			};
		})
	};
}
