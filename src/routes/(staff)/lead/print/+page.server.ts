import { collapsedTables } from '$lib/server/reports/collapse';
import { recordReportExport } from '$lib/server/reports/mutations';
import { loadReport } from '$lib/server/reports/page-data';
import { buildReport } from '$lib/server/reports/report';
import { boardSummary, previousFilters } from '$lib/server/reports/summary';
import { getSetting } from '$lib/server/settings';

export const load = async ({ url, locals }) => {
	const now = new Date();
	const data = await loadReport(url, now);
	locals.reportChoicesRejected = data.invalid;
	// The previous period is a report of its own, protected as a whole like this one.
	const previous = await buildReport(previousFilters(data.filters, now), now);
	if (locals.user) await recordReportExport(locals.user.id, 'print', data.query);
	return {
		...data,
		summary: boardSummary(data.report, previous),
		collapsed: collapsedTables(data.report),
		organisation: await getSetting('organisationName')
	};
};
