import { onPostgres } from '../db/engine';
import type { ReportSession } from './session';
import { readScratchInPieces } from './sql';

/**
 * Counts the report's scratch rows by an integer key. SQLite answers a GROUP
 * BY by sorting every row, and for a year of a large authority (a third of a
 * million rows) those sorts cost more than the pass that wrote the rows; so on
 * SQLite the keys are counted in a Map in JavaScript, which does not sort
 * (measured 270 ms down to 100 ms for one breakdown). PostgreSQL groups by
 * hashing, without a sort, and sends back only the counts. `key` is a SQL
 * expression giving each row a whole number; see `codeOf` for turning words
 * into small numbers.
 */
export async function countRowsByKey(
	session: ReportSession,
	key: string,
	where: string
): Promise<Map<number, number>> {
	const [counts] = await countRowsByDigits(session, [[{ sql: key, size: Infinity }]], where);
	return counts!;
}

/**
 * A whole number from 0 to below `size` that a scratch row is counted by (a code, a flag, a
 * group's number). A digit without a bound (a time in tenths of an hour) has `size` Infinity and
 * comes first wherever it is used.
 */
export interface Digit {
	sql: string;
	size: number;
}

/** The digits as one whole number, the first the most significant, in SQL. */
export const numberSql = (digits: Digit[]) =>
	digits.reduce((sql, d, i) => (i === 0 ? `(${d.sql})` : `(${sql}) * ${d.size} + (${d.sql})`), '');

/** A key counted by `countRowsByDigits`, taken apart into its digits' values (into `values`). */
export function digitsOf(key: number, digits: Digit[], values = new Array<number>(digits.length)) {
	for (let i = digits.length - 1; i > 0; i -= 1) {
		values[i] = key % digits[i]!.size;
		key = (key - values[i]!) / digits[i]!.size;
	}
	values[0] = key;
	return values;
}

/**
 * Counts the scratch rows several ways at once, each way by the number its digits make. On
 * SQLite most of a pass is SQLite handing each row's value to JavaScript (about a second a pass
 * over a national year's 3.3 million rows, against 0.3 s to read them), so one pass hands over
 * every digit of every way as one number, and each way's key is made from it here. PostgreSQL
 * groups each way by hashing and sends back its counts.
 */
export async function countRowsByDigits(
	session: ReportSession,
	ways: Digit[][],
	where: string
): Promise<Map<number, number>[]> {
	const all = [...new Set(ways.flat())];
	if ([all, ...ways].some((digits) => digits.some((d, i) => i > 0 && d.size === Infinity)))
		throw new Error('Only the first digit may be without a bound');
	if (onPostgres) return await countByGroupingSets(session, ways, where);
	// Where each way's digits are in the one number, and the numbers they make, counted.
	const places = ways.map((way) => way.map((d) => all.indexOf(d)));
	const tallies = ways.map(tallyFor);
	const values = new Array<number>(all.length);
	const count = (packed: number) => {
		digitsOf(packed, all, values);
		for (let w = 0; w < ways.length; w += 1) {
			const way = places[w]!;
			let key = values[way[0]!]!;
			for (let i = 1; i < way.length; i += 1) key = key * all[way[i]!]!.size + values[way[i]!]!;
			tallies[w]!.add(key);
		}
	};
	await readScratchInPieces<number>(
		session,
		'report_rows',
		(inPiece) => `SELECT ${numberSql(all)} FROM temp.report_rows WHERE (${where})${inPiece}`,
		(piece) => piece.forEach(count),
		'column'
	);
	return tallies.map((tally) => tally.counts());
}

/** Keys below this are counted in an array, one place a key (4 MB); any above, in a Map. */
const COUNTED_IN_AN_ARRAY = 1_000_000;

/**
 * Counts the keys of one way: those below the way's bound (or a million) in an array, any
 * others in a Map. A national year's 3.3 million rows, counted three ways and twice more for
 * the read and reply times (a few of which run to weeks), took 2.7 s in Maps. The counts come
 * back as a Map of the keys seen.
 */
function tallyFor(way: Digit[]) {
	const bound = Math.min(
		way.reduce((product, d) => product * d.size, 1),
		COUNTED_IN_AN_ARRAY
	);
	const counted = new Uint32Array(bound);
	const beyond = new Map<number, number>();
	return {
		add: (key: number) => {
			if (key >= 0 && key < bound && Number.isInteger(key)) counted[key] = counted[key]! + 1;
			else beyond.set(key, (beyond.get(key) ?? 0) + 1);
		},
		counts: () => {
			const seen = new Map<number, number>();
			counted.forEach((n, key) => void (n > 0 && seen.set(key, n)));
			for (const [key, n] of beyond) seen.set(key, n);
			return seen;
		}
	};
}

/**
 * PostgreSQL counts every way in one pass too: one GROUPING SET a way, each hashed. A row's
 * GROUPING() has a bit for each way, the first way's the highest, clear for the way it counts.
 */
async function countByGroupingSets(session: ReportSession, ways: Digit[][], where: string) {
	const keys = ways.map(numberSql);
	type Row = { which: number; n: number } & Record<string, number>;
	const counts = ways.map(() => new Map<number, number>());
	const bitOf = (way: number) => 1 << (ways.length - 1 - way);
	// A national year's groups are hundreds of thousands of rows: taken in pieces (session-pg.ts).
	await session.readInPieces<Row>(
		`SELECT ${keys.map((key, i) => `${key} AS k${i}`).join(', ')},
			GROUPING(${keys.join(', ')}) AS which, COUNT(*) AS n
		FROM temp.report_rows WHERE ${where}
		GROUP BY GROUPING SETS (${keys.map((key) => `(${key})`).join(', ')})`,
		'rows',
		50_000,
		(rows) => {
			for (const row of rows) {
				const way = ways.findIndex((_, i) => (row.which & bitOf(i)) === 0);
				counts[way]!.set(Number(row[`k${way}`]), row.n);
			}
		}
	);
	return counts;
}

/** A word as its place in a list, as SQL: 1 for the first, …; 0 for anything else (or nothing). */
export function codeOf(column: string, words: readonly string[]): string {
	return `CASE ${column} ${words.map((w, i) => `WHEN '${w}' THEN ${i + 1}`).join(' ')} ELSE 0 END`;
}

/** The word a code stands for (`codeOf` in reverse), or null for 0. */
export function wordOf<T extends string>(code: number, words: readonly T[]): T | null {
	return code === 0 ? null : (words[code - 1] ?? null);
}
