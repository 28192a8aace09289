import { AuditFilter, auditFilterOptions, listAuditEvents } from '$lib/server/audit/log';

export const load = ({ url }) => {
	const filter = AuditFilter.parse(
		Object.fromEntries([...url.searchParams].filter(([, v]) => v !== ''))
	);
	const { page, ...rest } = filter;
	const result = listAuditEvents(rest, page);
	return { filter, options: auditFilterOptions(), ...result, page: Math.min(page, result.pages) };
};
