import { m } from '$lib/paraglide/messages.js';
import { LANGUAGES } from '$lib/languages';
import { languageNameInEnglish } from '$lib/words/lists';
import type { Draft } from './linked';
import type { ReportSession } from './session';
import { countTable, TOTAL } from './table';

/*
 * Statements by the language they were written in (the page's language, ADR
 * 40), and how many of them staff answered: whether children who do not
 * write in English are heard as well as those who do. Statements sent before
 * Heard noted the language are their own row, not counted as English.
 */

const NOT_RECORDED = 'not_recorded';

async function countByLanguage(session: ReportSession) {
	const rows = await session.all<{ language: string; n: number; answered: number }>(
		`SELECT COALESCE(language, '${NOT_RECORDED}') AS language, COUNT(*) AS n, COUNT(reply_tenths) AS answered
		FROM temp.report_rows WHERE in_period = 1 GROUP BY 1`
	);
	return new Map(rows.map((r) => [r.language, r]));
}

export async function languageTables(session: ReportSession, threshold: number): Promise<Draft[]> {
	const counts = await countByLanguage(session);
	return [
		{
			count: countTable({
				id: 'statements_by_language',
				section: 'themes',
				caption: m.report_language_caption(),
				definition: m.report_language_definition(),
				rowHeader: m.report_language(),
				rows: [
					...LANGUAGES.map(({ locale }) => ({ key: locale, label: languageNameInEnglish(locale) })),
					{ key: NOT_RECORDED, label: m.report_language_not_recorded() }
				],
				columns: [
					{ key: 'n', label: m.report_col_statements() },
					{ key: 'answered', label: m.report_col_answered() }
				],
				value: (language, column) => {
					const row = counts.get(language);
					return row ? (column === 'n' ? row.n : row.answered) : 0;
				},
				rowTotals: false,
				totalLabel: m.report_all(),
				rates: [{ label: m.report_col_share_answered(), numerator: 'answered', denominator: 'n' }],
				nested: [{ inner: 'answered', outer: 'n' }],
				// Every statement of the period, as the statements-by-kind table counts them.
				links: (row, column) => (row === TOTAL && column === 'n' ? 'statements|total' : null),
				threshold
			})
		}
	];
}
