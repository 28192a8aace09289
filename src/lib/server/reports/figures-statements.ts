import { countRowsByKey } from './counting';
import type { ReportSession } from './session';

/*
 * Each figure reads temp.report_rows (see scratch-rows.ts); `in_period` leaves out the earlier
 * wellbeing-trend rows. The statements' own counts are in statement-counts.ts.
 */

/**
 * Median and 90th percentile of hours to first read and to first reply,
 * overall and by team: the statements are counted per team and tenth of an
 * hour (the precision shown), then each percentile is the first tenth at
 * which the running total reaches its share (nearest rank). Tenths and team
 * are one whole number, the tenths times the teams' count plus the team (`t`
 * counts from 1): below 2³¹ for any time up to decades, so counted fast
 * (counting.ts), and exact for any time, a clock's read before the sending
 * included.
 */
export async function measureResponsiveness(session: ReportSession) {
	const teamOf = new Map<number, string>(
		(
			await session.all<{ t: number; teamId: string }>(
				'SELECT DISTINCT t, team_id AS "teamId" FROM temp.report_groups'
			)
		).map((r) => [r.t, r.teamId])
	);
	const teams = Math.max(0, ...teamOf.keys()) + 1;
	const measures = [];
	for (const measure of ['read', 'reply'] as const) {
		const column = measure === 'read' ? 'read_tenths' : 'reply_tenths';
		const groups = new Map<string, Map<number, number>>();
		const add = (group: string, tenths: number, n: number) => {
			const counts = groups.get(group) ?? groups.set(group, new Map()).get(group)!;
			counts.set(tenths, (counts.get(tenths) ?? 0) + n);
		};
		for (const [key, n] of await countRowsByKey(
			session,
			`CAST(${column} AS BIGINT) * ${teams} + t`,
			`in_period = 1 AND ${column} IS NOT NULL`
		)) {
			const tenths = Math.floor(key / teams);
			add('', tenths, n);
			const team = teamOf.get(key - tenths * teams);
			if (team) add(team, tenths, n);
		}
		for (const [team, counts] of groups)
			measures.push({ dim: team ? 'team' : 'all', key: team, measure, ...percentiles(counts) });
	}
	return measures;
}

function percentiles(counts: Map<number, number>) {
	const tenths = [...counts.keys()].sort((a, b) => a - b);
	const n = tenths.reduce((sum, t) => sum + counts.get(t)!, 0);
	let running = 0;
	let median: number | null = null;
	let p90: number | null = null;
	for (const t of tenths) {
		running += counts.get(t)!;
		if (median === null && running * 2 >= n) median = t / 10;
		if (p90 === null && running * 10 >= n * 9) p90 = t / 10;
	}
	return { n, median, p90 };
}
