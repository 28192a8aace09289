import { AuditFilter, auditFilterOptions, listAuditEvents } from '$lib/server/audit/log';

export const load = async ({ url }) => {
	const filter = AuditFilter.parse(
		Object.fromEntries([...url.searchParams].filter(([, v]) => v !== ''))
	);
	const { page, ...rest } = filter;
	const result = await listAuditEvents(rest, page);
	return {
		filter,
		options: await auditFilterOptions(),
		...result,
		page: Math.min(page, result.pages)
	};
};
