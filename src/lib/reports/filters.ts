import { z } from 'zod';
import { LEGAL_STATUSES, PLACEMENT_TYPES } from '$lib/vocabulary';

/** Age bands are worked out in SQL from date of birth at the end of the period. */
export const AGE_BANDS = ['under_12', '12_15', '16_17', '18_plus'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

export const DIMENSIONS = ['team', 'age_band', 'legal_status', 'placement_type'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

const blankToUndefined = (v: unknown) => (v === '' || v === null ? undefined : v);
/**
 * A custom period runs from the first day of one calendar quarter to the last day of another:
 * whole quarters only, the periods a board reads, so that two reports never differ by a day or a
 * month and cannot be subtracted to find what one child sent then
 * (docs/adr/0042-reports-differ-only-by-whole-groups-and-quarters.md). A quarter is written
 * 2026-Q4; a month (2026-10) or a day (2026-10-14, from older links) stands for its quarter. A
 * real calendar day only: 2026-99-99 has the right shape but no date, and would break every figure.
 */
const QUARTER = /^\d{4}-Q[1-4]$/;
/**
 * The years a report may be of, whichever way it is chosen: Heard holds nothing from before 2000,
 * and 0000-Q1 has the right shape but would be labelled 1 Jan 1900 (Date.UTC reads the years
 * 0–99 as 1900–1999).
 */
const YEARS = { min: 2000, max: 2100 };
const inYears = (name: string) => {
	const year = Number(name.slice(0, 4));
	return year >= YEARS.min && year <= YEARS.max;
};
const wholeQuarter = z
	.union([z.string().regex(QUARTER), z.iso.date(), z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/)])
	.transform((s) =>
		QUARTER.test(s)
			? s
			: quarterName(quarterNumberOf(Number(s.slice(0, 4)), Number(s.slice(5, 7)) - 1))
	)
	.refine(inYears);

/**
 * Quarters counted from year 0 (2026-Q4 is 2026 × 4 + 3), so the quarter before, or n
 * quarters on, is plain arithmetic; and back to a name, or to the quarter's first day (UTC).
 */
export const quarterNumber = (name: string) => {
	const [y = 0, q = 1] = name.split('-Q').map(Number);
	return y * 4 + q - 1;
};
/** The quarter a month (0 for January) of a year is in. */
export const quarterNumberOf = (year: number, month: number) => year * 4 + Math.floor(month / 3);
export const quarterName = (n: number) => `${Math.floor(n / 4)}-Q${(n % 4) + 1}`;
const quarterStart = (n: number) => new Date(Date.UTC(Math.floor(n / 4), (n % 4) * 3, 1));

/** The report form, as sent by GET (so a report has a shareable address and needs no script). */
export const ReportFilters = z
	.object({
		period: z.enum(['quarter', 'year', 'custom']).default('quarter'),
		quarter: z.preprocess(blankToUndefined, z.string().regex(QUARTER).refine(inYears).optional()),
		year: z.preprocess(
			blankToUndefined,
			z.coerce.number().int().min(YEARS.min).max(YEARS.max).optional()
		),
		from: z.preprocess(blankToUndefined, wholeQuarter.optional()),
		to: z.preprocess(blankToUndefined, wholeQuarter.optional()),
		team: z.array(z.string().max(40)).max(50).default([]),
		ageBand: z.preprocess(blankToUndefined, z.enum(AGE_BANDS).optional()),
		legalStatus: z.preprocess(blankToUndefined, z.enum(LEGAL_STATUSES).optional()),
		placementType: z.preprocess(blankToUndefined, z.enum(PLACEMENT_TYPES).optional())
	})
	.refine((f) => f.period !== 'custom' || (f.from && f.to && f.from <= f.to), {
		message: 'custom_dates',
		path: ['from']
	});
export type ReportFilters = z.infer<typeof ReportFilters>;

/** Reads the filters from a URL's query string; repeated `team` values are kept as a list. */
export function parseFilters(params: URLSearchParams) {
	const raw: Record<string, unknown> = Object.fromEntries(params);
	raw.team = params.getAll('team').filter(Boolean);
	return ReportFilters.safeParse(raw);
}

/**
 * A report counts whole calendar months only: a period still running is counted to the end of
 * last month, so two downloads in the same month are the same report and cannot be subtracted to
 * find what one child sent in between (docs/adr/0052-a-running-period-counts-whole-months.md).
 * This is the first moment not counted yet.
 */
export const countedUntil = (now: Date) =>
	new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
/** The last day a report can count: the last day of last month. */
const lastCountedDay = (now: Date) => new Date(countedUntil(now).getTime() - 1);

/** The quarter a report is of when none is chosen: the newest with a whole month counted. */
export function defaultQuarter(now: Date): string {
	const day = lastCountedDay(now);
	return quarterName(quarterNumberOf(day.getUTCFullYear(), day.getUTCMonth()));
}
/** The year a report is of when none is chosen: the newest with a whole month counted. */
export const defaultYear = (now: Date) => lastCountedDay(now).getUTCFullYear();

export interface Period {
	from: Date;
	/** Exclusive: the end of the period, or of last month if the period is still running. */
	to: Date;
	/** The first and last day counted, for labels (the whole period's, when nothing is counted yet). */
	firstDay: string;
	lastDay: string;
	/** The period runs on past last month: only its whole months are counted. */
	running: boolean;
	/** Exclusive: the end of the whole period, counted or not. Quotes are chosen from all of it. */
	end: Date;
	/** The last day of the whole period, counted or not. */
	endsOn: string;
	/** Not one of its months has ended yet, so nothing is counted; the first figures are on this day. */
	firstFiguresOn: string | null;
}

const day = (d: Date) => d.toISOString().slice(0, 10);

/** Quarters and years are calendar ones, in UTC, so a figure never depends on the server's clock zone. */
export function resolvePeriod(f: ReportFilters, now: Date): Period {
	let from: Date;
	let end: Date;
	if (f.period === 'year') {
		const y = f.year ?? defaultYear(now);
		from = new Date(Date.UTC(y, 0, 1));
		end = new Date(Date.UTC(y + 1, 0, 1));
	} else {
		const custom = f.period === 'custom' && f.from && f.to;
		const first = quarterNumber(custom ? f.from! : (f.quarter ?? defaultQuarter(now)));
		const last = custom ? quarterNumber(f.to!) : first;
		from = quarterStart(first);
		end = quarterStart(last + 1);
	}
	const until = countedUntil(now);
	const running = end > until;
	const to = running ? new Date(Math.max(until.getTime(), from.getTime())) : end;
	const nothingYet = to <= from;
	return {
		from,
		to,
		firstDay: day(from),
		// With nothing counted yet, the labels name the whole period the note speaks of.
		lastDay: day(new Date((nothingYet ? end : to).getTime() - 1)),
		running,
		end,
		endsOn: day(new Date(end.getTime() - 1)),
		firstFiguresOn: nothingYet
			? day(new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth() + 1, 1)))
			: null
	};
}

/**
 * The quarters a period counts, by name, the last perhaps only to the end of last month: each
 * has a report of its own, and a report of several withholds whatever any of theirs withholds
 * (reports/blocks.ts).
 */
export function quartersCounted(period: Pick<Period, 'from' | 'to'>): string[] {
	if (period.to <= period.from) return [];
	const quarterOf = (d: Date) => quarterNumberOf(d.getUTCFullYear(), d.getUTCMonth());
	const first = quarterOf(period.from);
	const last = quarterOf(new Date(period.to.getTime() - 1));
	return Array.from({ length: last - first + 1 }, (_, i) => quarterName(first + i));
}

/** The query string for a report, to link its CSV, printable and child-friendly versions. */
export function filtersToQuery(f: ReportFilters): string {
	const p = new URLSearchParams({ period: f.period });
	if (f.quarter) p.set('quarter', f.quarter);
	if (f.year) p.set('year', String(f.year));
	if (f.from) p.set('from', f.from);
	if (f.to) p.set('to', f.to);
	for (const t of f.team) p.append('team', t);
	if (f.ageBand) p.set('ageBand', f.ageBand);
	if (f.legalStatus) p.set('legalStatus', f.legalStatus);
	if (f.placementType) p.set('placementType', f.placementType);
	return p.toString();
}
