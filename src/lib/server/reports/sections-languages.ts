import { m } from '$lib/paraglide/messages.js';
import { LANGUAGES } from '$lib/languages';
import { languageNameInEnglish } from '$lib/words/lists';
import type { Draft } from './linked';
import { NOT_RECORDED, type Counted } from './statement-counts';
import { countTable, TOTAL } from './table';

/*
 * Statements by the language they were written in (the page's language, ADR
 * 40), and how many of them staff answered: whether children who do not
 * write in English are heard as well as those who do. Statements sent before
 * Heard noted the language are their own row, not counted as English.
 */

/** Statements and those answered, per language of the period's statements (countStatements). */
function sumByLanguage(counted: Counted) {
	const sums = new Map<string, { n: number; answered: number }>();
	for (const { language, answered, n } of counted.byLanguage) {
		if (!language) continue;
		const sum = sums.get(language) ?? sums.set(language, { n: 0, answered: 0 }).get(language)!;
		sum.n += n;
		if (answered) sum.answered += n;
	}
	return sums;
}

export function languageTables(counted: Counted, threshold: number): Draft[] {
	const counts = sumByLanguage(counted);
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
