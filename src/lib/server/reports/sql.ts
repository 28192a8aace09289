import { DIMENSIONS, resolvePeriod, type ReportFilters } from '$lib/reports/filters';
import { db } from '../db';

const DAY = 86_400_000;

/** The column each breakdown groups by, in the `scoped` CTE below. */
export const DIMENSION_COLUMN = { team: 'team_id', age_band: 'age_band', legal_status: 'legal_status', placement_type: 'placement_type' } as const;

/**
 * The young people a report covers: the chosen teams and filters, with the age
 * band worked out from date of birth at the end of the period. Every report
 * query starts from here, so a filter can never be forgotten by one figure.
 */
export const SCOPED = `scoped AS (
	SELECT id, user_id, team_id, legal_status, placement_type, archived_at, age_band FROM (
		SELECT p.*, CASE WHEN age < 12 THEN 'under_12' WHEN age < 16 THEN '12_15' WHEN age < 18 THEN '16_17' ELSE '18_plus' END AS age_band
		FROM (
			SELECT *, CAST(substr(@ref, 1, 4) AS INTEGER) - CAST(substr(date_of_birth, 1, 4) AS INTEGER)
				- (substr(@ref, 6, 5) < substr(date_of_birth, 6, 5)) AS age
			FROM young_people
		) p
	)
	WHERE (@teams = '[]' OR team_id IN (SELECT value FROM json_each(@teams)))
		AND (@ageBand IS NULL OR age_band = @ageBand)
		AND (@legalStatus IS NULL OR legal_status = @legalStatus)
		AND (@placementType IS NULL OR placement_type = @placementType)
)`;

/** Young people allocated now: not archived and with a current worker. */
export const ALLOCATED = `archived_at IS NULL AND EXISTS (SELECT 1 FROM allocations a WHERE a.young_person_id = y.id AND a.ended_at IS NULL)`;

export const DIMENSION_COLUMNS = DIMENSIONS.map((d) => `y.${DIMENSION_COLUMN[d]}`).join(', ');

export interface QueryParams {
	from: number;
	to: number;
	/** The end of the period, or now if sooner: meetings "held" and the last 12 months end here. */
	until: number;
	yearBefore: number;
	/** Wellbeing trend: the four quarters up to the end of the period. */
	trendFrom: number;
	ref: string;
	teams: string;
	ageBand: string | null;
	legalStatus: string | null;
	placementType: string | null;
}

export function queryParams(f: ReportFilters, now: Date): QueryParams {
	const p = resolvePeriod(f, now);
	const until = Math.min(p.to.getTime(), now.getTime());
	const end = new Date(p.to.getTime() - 1);
	const trendStart = Date.UTC(end.getUTCFullYear(), Math.floor(end.getUTCMonth() / 3) * 3 - 9, 1);
	return {
		from: p.from.getTime(),
		to: p.to.getTime(),
		until,
		yearBefore: until - 365 * DAY,
		trendFrom: Math.min(trendStart, p.from.getTime()),
		ref: p.lastDay,
		teams: JSON.stringify(f.team),
		ageBand: f.ageBand ?? null,
		legalStatus: f.legalStatus ?? null,
		placementType: f.placementType ?? null
	};
}

/**
 * The overall figure and one row per group of each breakdown, summed from a
 * small pre-aggregated `cube` in one statement (SQLite has no GROUPING SETS).
 * `by` adds further groupings (such as meeting type) to every row.
 */
export function marginals(measures: Record<string, string>, extra: string[] = [], by: string[] = []): string {
	const cols = Object.entries(measures)
		.map(([name, expr]) => `${expr} AS ${name}`)
		.join(', ');
	const extraCols = by.map((b) => `, ${b}`).join('');
	const group = (col: string | null) => [col, ...by].filter(Boolean).join(', ');
	const parts = [`SELECT 'all' AS dim, '' AS key${extraCols}, ${cols} FROM cube${by.length ? ` GROUP BY ${group(null)}` : ''}`];
	for (const col of [...DIMENSIONS.map((d) => DIMENSION_COLUMN[d]), ...extra]) {
		const dim = DIMENSIONS.find((d) => DIMENSION_COLUMN[d] === col) ?? col;
		parts.push(`SELECT '${dim}', CAST(COALESCE(${col}, '') AS TEXT)${extraCols}, ${cols} FROM cube GROUP BY ${group(col)}`);
	}
	return parts.join('\nUNION ALL\n');
}

export function run<T>(sql: string, params: QueryParams): T[] {
	return db().$client.prepare(sql).all(params) as T[];
}

export interface MarginalRow {
	dim: string;
	key: string;
}
