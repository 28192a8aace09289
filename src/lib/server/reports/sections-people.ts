import { m } from '$lib/paraglide/messages.js';
import { DIMENSIONS } from '$lib/reports/filters';
import type { ChangesRow, ReachRow } from './figures-people';
import { dimensionLabel, groupHeader, groupsOf, meetingTypes } from './labels';
import type { Draft } from './linked';
import type { MeetingsCounted } from './lundy';
import { meetingFigureLink } from './sections-lundy';
import { countTable, TOTAL } from './table';

type Teams = { id: string; name: string }[];
type Keyed = { dim: string; key: string };
const pick = <T extends Keyed>(rows: T[], dim: string, key: string) =>
	rows.filter((r) => r.dim === dim && r.key === key);
const sum = <T>(rows: T[], f: (r: T) => number) => rows.reduce((a, r) => a + (f(r) ?? 0), 0);
/** Every breakdown of one measure has the same "All" row: one figure, withheld everywhere or nowhere. */
const sharedTotalRow = (family: string) => (row: string, column: string) =>
	row === TOTAL ? `${family}|${column}` : null;
/** The allocated young people are counted again, whole, by the worker-stability tables. */
const ALLOCATED_LINK = 'people|allocated';
/** And so are each group's: its row of reach and its "All" of worker changes are one figure. */
const groupAllocatedLink = (d: string, row: string) => `people|allocated|${d}|${row}`;

export function reachTables(rows: ReachRow[], teams: Teams, threshold: number): Draft[] {
	const columns = [
		{ key: 'allocated', label: m.report_col_allocated() },
		{ key: 'withAccount', label: m.report_col_with_account() },
		{ key: 'active', label: m.report_col_active() }
	] as const;
	const links = (d: string) => (row: string, column: string) =>
		column !== 'allocated'
			? sharedTotalRow('reach')(row, column)
			: row === TOTAL
				? ALLOCATED_LINK
				: groupAllocatedLink(d, row);
	return DIMENSIONS.map((d) => ({
		count: countTable({
			id: `reach_by_${d}`,
			section: 'reach',
			caption: m.report_reach_caption({ by: dimensionLabel(d) }),
			definition: m.report_reach_definition(),
			rowHeader: groupHeader(d),
			rows: groupsOf(d, teams),
			rowsAreGroups: true,
			columns: [...columns],
			value: (key, col) =>
				sum(pick(rows, d, key), (r) => r[col as (typeof columns)[number]['key']]),
			rowTotals: false,
			totalLabel: m.report_all(),
			rates: [
				{ label: m.report_col_share_account(), numerator: 'withAccount', denominator: 'allocated' },
				{ label: m.report_col_share_active(), numerator: 'active', denominator: 'allocated' }
			],
			// Those who said something are among those with an account, who are among those allocated.
			nested: [
				{ inner: 'withAccount', outer: 'allocated' },
				{ inner: 'active', outer: 'allocated' },
				{ inner: 'active', outer: 'withAccount' }
			],
			todayColumns: ['allocated', 'withAccount'],
			links: links(d),
			threshold
		})
	}));
}

/** The meetings tables, from the meetings counted with the Lundy measures (lundy.ts). */
export function meetingTables(rows: MeetingsCounted[], teams: Teams, threshold: number): Draft[] {
	const columns = [
		{ key: 'held', label: m.report_col_meetings_held() },
		{ key: 'withViews', label: m.report_col_views_before() }
	];
	const rates = [
		{ label: m.report_col_share_views(), numerator: 'withViews', denominator: 'held' }
	];
	const common = {
		section: 'meetings' as const,
		definition: m.report_meetings_definition(),
		columns,
		rowTotals: false,
		totalLabel: m.report_all(),
		rates,
		nested: [{ inner: 'withViews', outer: 'held' }],
		links: sharedTotalRow('meetings'),
		threshold
	};
	const value = (d: string, key: string, col: string, type?: string) =>
		sum(
			pick(rows, d, key).filter((r) => !type || r.type === type),
			(r) => (col === 'held' ? r.held : r.withViews)
		);
	return [
		countTable({
			...common,
			id: 'meetings_by_type',
			caption: m.report_meetings_by_type_caption(),
			rowHeader: m.report_meeting_type(),
			rows: meetingTypes(),
			value: (type, col) => value('all', '', col, type)
		}),
		...DIMENSIONS.map((d) =>
			countTable({
				...common,
				id: `meetings_by_${d}`,
				caption: m.report_meetings_caption({ by: dimensionLabel(d) }),
				rowHeader: groupHeader(d),
				rows: groupsOf(d, teams),
				rowsAreGroups: true,
				value: (key, col) => value(d, key, col),
				// Each team's meetings are counted again by the Lundy measures (sections-lundy.ts).
				links: d === 'team' ? meetingFigureLink : common.links
			})
		)
	].map((count) => ({ count }));
}

export function stabilityTables(rows: ChangesRow[], teams: Teams, threshold: number): Draft[] {
	const bands = [0, 1, 2, 3].map((n) => ({
		key: String(n),
		label: n === 3 ? m.report_changes_3_or_more() : String(n)
	}));
	const value = (d: string, key: string, changes: string) =>
		sum(
			pick(rows, d, key).filter((r) => String(r.changes) === changes),
			(r) => r.people
		);
	const common = {
		section: 'stability' as const,
		definition: m.report_stability_definition(),
		totalLabel: m.report_all(),
		threshold
	};
	return [
		countTable({
			...common,
			id: 'worker_changes',
			caption: m.report_stability_caption(),
			rowHeader: m.report_col_worker_changes(),
			rows: bands,
			columns: [{ key: 'people', label: m.report_col_young_people() }],
			value: (changes) => value('all', '', changes),
			rowTotals: false,
			// Each band is the "All" of that column in the breakdowns below.
			links: (row) => (row === TOTAL ? ALLOCATED_LINK : `changes|${row}`)
		}),
		...DIMENSIONS.map((d) =>
			countTable({
				...common,
				id: `worker_changes_by_${d}`,
				caption: m.report_stability_by_caption({ by: dimensionLabel(d) }),
				rowHeader: groupHeader(d),
				rows: groupsOf(d, teams),
				columns: bands.map((b) => ({
					key: b.key,
					label: b.key === '1' ? m.report_col_one_change() : m.report_col_n_changes({ n: b.label })
				})),
				value: (key, changes) => value(d, key, changes),
				rowTotals: true,
				// Its "All" column is each group's allocated young people, a figure of today.
				totalsOfToday: true,
				links: (row, column) =>
					row !== TOTAL
						? column === TOTAL
							? groupAllocatedLink(d, row)
							: null
						: column === TOTAL
							? ALLOCATED_LINK
							: `changes|${column}`
			})
		)
	].map((count) => ({ count }));
}
