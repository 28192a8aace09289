import { filterLabels, loadReport, recentQuarters } from '$lib/server/reports/page-data';

export const load = ({ url, locals }) => {
	const data = loadReport(url);
	locals.reportChoicesRejected = data.invalid;
	return { ...data, quarters: recentQuarters(), labels: filterLabels() };
};
