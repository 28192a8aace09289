import { m } from '$lib/paraglide/messages.js';
import { DIMENSIONS } from '$lib/reports/filters';
import { categories, dimensionLabel, groupHeader, groupsOf, kinds } from './labels';
import type { Draft } from './linked';
import { total, type Teams } from './sections-statements';
import type { Counted } from './statement-counts';
import { countTable, TOTAL } from './table';

/** The themes section: statements by kind, by change category and by each dimension. */

export function themeTables(teams: Teams, threshold: number, counted: Counted): Draft[] {
	const kinds_ = (key: string) =>
		total(
			counted.byKind,
			(r) => r.kind === key,
			(r) => r.n
		);
	const categories_ = (key: string) =>
		total(
			counted.byKind,
			(r) => r.kind === 'make_a_change' && r.category === key,
			(r) => r.n
		);
	const value = (dim: string) => (key: string) =>
		total(
			counted.byGroup,
			(r) => r.dim === dim && r.key === key,
			(r) => r.n
		);
	const common = {
		section: 'themes' as const,
		columns: [{ key: 'n', label: m.report_col_statements() }],
		rowTotals: false,
		totalLabel: m.report_all(),
		threshold
	};
	const allStatements = (row: string) => (row === TOTAL ? 'statements|total' : null);
	return [
		countTable({
			...common,
			id: 'statements_by_kind',
			caption: m.report_kinds_caption(),
			definition: m.report_kinds_definition(),
			rowHeader: m.report_kind(),
			rows: kinds(),
			value: kinds_,
			// The make-a-change statements are the "All" of the requests tables.
			links: (row) => (row === 'make_a_change' ? `requests|${TOTAL}` : allStatements(row))
		}),
		countTable({
			...common,
			id: 'themes_by_category',
			caption: m.report_categories_caption(),
			definition: m.report_categories_definition(),
			rowHeader: m.report_category(),
			rows: categories(),
			value: categories_,
			links: (row) => (row === TOTAL ? `requests|${TOTAL}` : `category|${row}`)
		}),
		...DIMENSIONS.map((d) =>
			countTable({
				...common,
				id: `statements_by_${d}`,
				caption: m.report_statements_by_caption({ by: dimensionLabel(d) }),
				definition: m.report_kinds_definition(),
				rowHeader: groupHeader(d),
				rows: groupsOf(d, teams),
				rowsAreGroups: true,
				value: value(d),
				links: allStatements
			})
		)
	].map((count) => ({ count }));
}
