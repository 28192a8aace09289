import { m } from '$lib/paraglide/messages.js';
import { AuditFilter, auditFilterOptions, listAuditEvents } from '$lib/server/audit/log';

export const load = async ({ url }) => {
	const filter = AuditFilter.parse(
		Object.fromEntries([...url.searchParams].filter(([, v]) => v !== ''))
	);
	const { page, ...rest } = filter;
	const result = await listAuditEvents(rest, page);
	return {
		filter,
		dateProblems: dateProblems(url.searchParams, filter),
		options: await auditFilterOptions(),
		...result,
		page: Math.min(page, result.pages)
	};
};

/** A date that is not a day is left out of the filter, and the list says so; so do dates the wrong way round. */
function dateProblems(asked: URLSearchParams, filter: { from?: string; to?: string }): string[] {
	const problems: string[] = [];
	if (asked.get('from') && !filter.from) problems.push(m.adm_audit_from_not_a_day());
	if (asked.get('to') && !filter.to) problems.push(m.adm_audit_to_not_a_day());
	if (filter.from && filter.to && filter.from > filter.to)
		problems.push(m.adm_audit_dates_reversed());
	return problems;
}
