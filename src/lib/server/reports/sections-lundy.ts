import { m } from '$lib/paraglide/messages.js';
import { headlineCell } from './chosen-groups';
import { rateCell, shown, withheld } from './disclosure';
import { groupHeader } from './labels';
import type { Draft } from './linked';
import { LUNDY_COUNTS, VOICE_MODES, type LundyCount, type MeetingsMeasured } from './lundy';
import type { Report } from './report';
import { countTable, TOTAL } from './table';

type Teams = { id: string; name: string }[];

/**
 * The held meetings and those with views are the same figures as in the
 * meetings tables (sections-people.ts): linked, so a figure one table has to
 * withhold is withheld in both.
 */
const MEETING_FIGURES: readonly string[] = ['held', 'withViews'];
export const meetingFigureLink = (row: string, column: string) =>
	MEETING_FIGURES.includes(column)
		? row === TOTAL
			? `meetings|${column}`
			: `meetings|team|${row}|${column}`
		: null;

const VOICE_WORDS = {
	typed: m.report_lundy_mode_typed,
	simple: m.report_lundy_mode_simple,
	voice_note: m.report_lundy_mode_voice_note,
	with_worker: m.report_lundy_mode_with_worker
};

export function lundyTables(
	l: MeetingsMeasured,
	teams: Teams,
	threshold: number,
	feedbackWorkingDays: number
): Draft[] {
	const labels: Record<LundyCount, string> = {
		held: m.report_col_meetings_held(),
		invited: m.report_lundy_col_invited(),
		withViews: m.report_col_views_before(),
		readBefore: m.report_lundy_col_read(),
		toldInTime: m.report_lundy_col_told({ days: feedbackWorkingDays })
	};
	const share = (label: string, numerator: LundyCount) => ({
		label,
		numerator,
		denominator: 'held'
	});
	return [
		{
			count: countTable({
				id: 'lundy_by_team',
				section: 'meetings',
				caption: m.report_lundy_caption(),
				definition: m.report_lundy_definition({ days: feedbackWorkingDays }),
				rowHeader: groupHeader('team'),
				rows: teams.map((t) => ({ key: t.id, label: t.name })),
				rowsAreGroups: true,
				columns: LUNDY_COUNTS.map((key) => ({ key, label: labels[key] })),
				value: (team, col) => l.byTeam.get(team)?.[col as LundyCount] ?? 0,
				rowTotals: false,
				totalLabel: m.report_all(),
				rates: [
					share(m.report_lundy_space(), 'invited'),
					share(m.report_lundy_voice(), 'withViews'),
					share(m.report_lundy_audience(), 'readBefore'),
					share(m.report_lundy_influence(), 'toldInTime')
				],
				// Views are given only where there was space for them; read only where given.
				nested: [
					{ inner: 'invited', outer: 'held' },
					{ inner: 'withViews', outer: 'held' },
					{ inner: 'readBefore', outer: 'held' },
					{ inner: 'toldInTime', outer: 'held' },
					{ inner: 'withViews', outer: 'invited' },
					{ inner: 'readBefore', outer: 'invited' },
					{ inner: 'readBefore', outer: 'withViews' }
				],
				links: meetingFigureLink,
				threshold
			})
		},
		{
			count: countTable({
				id: 'lundy_voice_by_mode',
				section: 'meetings',
				caption: m.report_lundy_voice_caption(),
				definition: m.report_lundy_voice_definition(),
				rowHeader: m.report_lundy_mode(),
				rows: VOICE_MODES.map((key) => ({ key, label: VOICE_WORDS[key]() })),
				columns: [{ key: 'withViews', label: m.report_col_views_before() }],
				value: (mode) => l.modes[mode as keyof typeof l.modes] ?? 0,
				rowTotals: false,
				totalLabel: m.report_all(),
				links: (row, column) => (row === TOTAL ? meetingFigureLink(row, column) : null),
				threshold
			})
		},
		{
			count: countTable({
				id: 'lundy_listened',
				section: 'meetings',
				caption: m.report_lundy_listened_caption(),
				definition: m.report_lundy_listened_definition(),
				rowHeader: m.report_col_rating(),
				rows: [1, 2, 3, 4, 5].map((n) => ({ key: String(n), label: m.report_rating({ n }) })),
				columns: [{ key: 'n', label: m.report_col_answers() }],
				value: (rating) => l.ratings[Number(rating) - 1] ?? 0,
				rowTotals: false,
				totalLabel: m.report_all(),
				threshold
			})
		}
	];
}

/**
 * The shares the child-friendly report says in words, from the protected tables only, and
 * through `headlineCell` as every other headline figure: a report for chosen groups has no
 * "All" row, so a chosen team's shares come from its own row, and a figure the report does
 * not give is "not shown", never read as "no meetings" or "no answers".
 */
export function lundyHeadline(report: Report) {
	const rate = (i: number) => headlineCell(report, 'lundy_by_team', TOTAL, LUNDY_COUNTS.length + i);
	const at = (row: string) => headlineCell(report, 'lundy_listened', row, 0);
	const [four, five, all] = [at('4'), at('5'), at(TOTAL)];
	const felt =
		four.suppressed || five.suppressed
			? withheld('secondary')
			: shown((four.value ?? 0) + (five.value ?? 0));
	return {
		space: rate(0),
		voice: rate(1),
		audience: rate(2),
		influence: rate(3),
		// Not in this report at all (no chosen group has this table): said as such.
		feltListened: all.suppressed === 'unbounded' ? all : rateCell(felt, all, report.threshold)
	};
}
