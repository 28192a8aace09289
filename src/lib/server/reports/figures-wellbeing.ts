import { SHANARRI_AREAS } from '$lib/vocabulary';
import type { ReportSession } from './session';
import { readScratchInPieces } from './sql';

/**
 * A feelings statement's eight scores, in SHANARRI order, from its scratch row's answers: the
 * digit naming its template's list of question ids (`lists`, answers.ts), then the answers as
 * JSON. None where its template has no wellbeing questions.
 */
function scoresOf(answers: string, lists: readonly string[][]): unknown[] {
	const ids = lists[answers.charCodeAt(0) - 48];
	if (!ids) return [];
	const given: unknown = JSON.parse(answers.slice(1));
	if (given === null || typeof given !== 'object') return [];
	return ids.map((id) => (given as Record<string, unknown>)[id]);
}

/**
 * SHANARRI averages (1–5) per area for the period, and per calendar quarter
 * for the trend, from the feelings answers (scratch-rows.ts, read through `lists`).
 * `people` (distinct young people) is what disclosure control looks at.
 * Summed here rather than in SQL, where each area's distinct count was a sort.
 */
export async function averageWellbeing(session: ReportSession, lists: readonly string[][]) {
	const buckets = new Map<
		string,
		{ sums: number[]; counts: number[]; areasByPerson: Map<string, number> }
	>();
	const bucket = (name: string) =>
		buckets.get(name) ??
		buckets
			.set(name, {
				sums: SHANARRI_AREAS.map(() => 0),
				counts: SHANARRI_AREAS.map(() => 0),
				areasByPerson: new Map()
			})
			.get(name)!;
	bucket('period');
	const add = (row: string) => {
		const bar = row.indexOf('|', 8);
		const person = row.slice(8, bar);
		const values = scoresOf(row.slice(bar + 1), lists);
		for (const b of row[0] === '1'
			? [bucket('period'), bucket(row.slice(1, 8))]
			: [bucket(row.slice(1, 8))]) {
			let areas = b.areasByPerson.get(person) ?? 0;
			SHANARRI_AREAS.forEach((_, i) => {
				const v = values[i];
				// As SQL's BETWEEN 1 AND 5 on the JSON value: numbers only.
				if (typeof v !== 'number' || v < 1 || v > 5) return;
				b.sums[i] = (b.sums[i] ?? 0) + v;
				b.counts[i] = (b.counts[i] ?? 0) + 1;
				areas |= 1 << i;
			});
			b.areasByPerson.set(person, areas);
		}
	};
	// One string a row (in period, quarter, young person, answers) reads far faster than four columns.
	await readScratchInPieces<string>(
		session,
		'report_rows',
		(inPiece) =>
			`SELECT in_period || quarter || yp || '|' || COALESCE(answers, '') FROM temp.report_rows WHERE kind = 'feelings'${inPiece}`,
		(rows) => rows.forEach(add),
		'column',
		// Each row's answers are parsed here: smaller pieces than most (up to 0.45 s each).
		50_000
	);
	return [...buckets].flatMap(([quarter, b]) => {
		const masks = [...b.areasByPerson.values()];
		return SHANARRI_AREAS.map((area, i) => {
			const count = b.counts[i] ?? 0;
			return {
				quarter,
				area,
				people: masks.filter((mask) => mask & (1 << i)).length,
				average: count ? (b.sums[i] ?? 0) / count : null
			};
		});
	});
}
