import { SHANARRI_AREAS } from '$lib/vocabulary';
import { TEMPLATES, type Template } from '$lib/templates';
import { onPostgres } from '../db/engine';

/*
 * The answers a report reads, as SQL on a statement `s`, built from the
 * question ids each template names in its `answersFor` map: one CASE over the
 * templates, by template id, and by version only where versions differ.
 * A report never names a question itself.
 */

const SAFE = /^[a-z0-9_]+$/;
function safe(name: string): string {
	// Ids go into the SQL text: they are the templates' own, and checked as such.
	if (!SAFE.test(name)) throw new Error(`Not a template or question id: ${name}`);
	return name;
}

/** One answer: SQLite's json_extract, PostgreSQL's `->>` on jsonb (a word either way). */
const answer = (questionId: string) =>
	onPostgres
		? `(s.answers ->> '${safe(questionId)}')`
		: `json_extract(s.answers, '$.${safe(questionId)}')`;

function byTemplate(templates: readonly Template[], read: (t: Template) => string | null): string {
	const whens: string[] = [];
	for (const id of new Set(templates.map((t) => safe(t.id)))) {
		const versions = templates.filter((t) => t.id === id).map((t) => [t.version, read(t)] as const);
		const [[, first]] = versions as [readonly [number, string | null]];
		if (versions.every(([, sql]) => sql === first)) {
			if (first) whens.push(`WHEN s.template_id = '${id}' THEN ${first}`);
			continue;
		}
		for (const [version, sql] of versions)
			if (sql)
				whens.push(`WHEN s.template_id = '${id}' AND s.template_version = ${version} THEN ${sql}`);
	}
	return whens.length ? `CASE ${whens.join(' ')} END` : 'NULL';
}

/**
 * A feelings statement's answers for the wellbeing figures, as SQL on a statement `s`: which
 * list of `lists` holds its template's question ids for the eight areas (one digit), then its
 * answers as stored. They are parsed once, in JavaScript, as the scores are read
 * (figures-wellbeing.ts): json_extract parsed them in SQLite (jsonb_build_array built an array
 * on PostgreSQL) for each of a national year's million feelings statements as the scratch rows
 * were written, about a second of the report.
 */
export function wellbeingAnswers(templates: readonly Template[] = TEMPLATES) {
	const lists: string[][] = [];
	const sql = byTemplate(templates, (t) => {
		const areas = t.answersFor.wellbeing;
		if (!areas) return null;
		const ids = SHANARRI_AREAS.map((a) => safe(areas[a]));
		let code = lists.findIndex((list) => list.join() === ids.join());
		if (code < 0) code = lists.push(ids) - 1;
		if (code > 9) throw new Error('A report reads at most ten lists of wellbeing questions.');
		return `'${code}' || ${onPostgres ? 'CAST(s.answers AS TEXT)' : 's.answers'}`;
	});
	return { sql, lists };
}

/** The first written of the answers a template offers for a quote. */
export function quoteWordsSql(templates: readonly Template[] = TEMPLATES): string {
	return byTemplate(templates, (t) => {
		const ids = t.answersFor.quote ?? [];
		const parts = ids.map((id) => `NULLIF(${answer(id)}, '')`);
		if (parts.length === 0) return null;
		return parts.length === 1 ? parts[0]! : `COALESCE(${parts.join(', ')})`;
	});
}
