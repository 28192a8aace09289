import { filterLabels, loadReport, recentQuarters } from '$lib/server/reports/page-data';

export const load = async ({ url, locals }) => {
	const data = await loadReport(url);
	locals.reportChoicesRejected = data.invalid;
	return { ...data, quarters: recentQuarters(), labels: filterLabels() };
};
