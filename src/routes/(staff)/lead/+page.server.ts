import { filterLabels, loadReport, recentQuarters } from '$lib/server/reports/page-data';

export const load = ({ url }) => ({ ...loadReport(url), quarters: recentQuarters(), labels: filterLabels() });
