import { recordReportExport } from '$lib/server/reports/mutations';
import { headline, loadReport } from '$lib/server/reports/page-data';
import { getSetting } from '$lib/server/settings';

export const load = ({ url, locals }) => {
	const data = loadReport(url);
	locals.reportChoicesRejected = data.invalid;
	if (locals.user) recordReportExport(locals.user.id, 'print', data.query);
	return { ...data, headline: headline(data.report), organisation: getSetting('organisationName') };
};
