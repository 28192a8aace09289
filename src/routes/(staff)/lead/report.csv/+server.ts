import { error } from '@sveltejs/kit';
import { reportToCsv } from '$lib/server/reports/csv';
import { recordReportExport } from '$lib/server/reports/mutations';
import { loadReport } from '$lib/server/reports/page-data';

export const GET = async ({ url, locals }) => {
	if (!locals.user) error(401, 'Sign in first');
	const data = await loadReport(url);
	// The hook answers 400 with plain words: a spreadsheet of the wrong period would mislead.
	if (data.invalid) {
		locals.reportChoicesRejected = true;
		locals.reportProblems = data.problems;
		return new Response(null, { status: 400 });
	}
	const section = url.searchParams.get('section') ?? undefined;
	await recordReportExport(locals.user.id, 'csv', data.query);
	const body = reportToCsv(data.report, data, section);
	return new Response(body, {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="participation-report-${data.report.period.firstDay}-to-${data.report.period.lastDay}.csv"`,
			'cache-control': 'no-store'
		}
	});
};
