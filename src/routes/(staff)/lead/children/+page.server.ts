import { faceLabel } from '$lib/templates/words';
import { recordReportExport } from '$lib/server/reports/mutations';
import { headline, loadReport } from '$lib/server/reports/page-data';
import { findTable } from '$lib/server/reports/report';
import { lundyHeadline } from '$lib/server/reports/sections-lundy';
import { getSetting } from '$lib/server/settings';

export const load = async ({ url, locals }) => {
	const data = await loadReport(url);
	locals.reportChoicesRejected = data.invalid;
	if (locals.user) await recordReportExport(locals.user.id, 'children', data.query);
	// Faces for the wellbeing averages; a withheld average gets no face.
	const feelings = (findTable(data.report, 'wellbeing')?.rows ?? []).map((r) => {
		const avg = r.cells[1]?.value ?? null;
		return { key: r.key, label: r.label, face: avg === null ? null : faceLabel(Math.round(avg)) };
	});
	return {
		invalid: data.invalid,
		problems: data.problems,
		period: data.report.period,
		threshold: data.report.threshold,
		query: data.query,
		headline: headline(data.report),
		lundy: lundyHeadline(data.report),
		feedbackDays: await getSetting('meetingFeedbackWorkingDays'),
		feelings,
		// A report for chosen groups has no wellbeing table: it is not "too few answers".
		forChosenGroups: Object.keys(data.report.chosen).length > 0,
		youSaidWeDid: data.youSaidWeDid,
		quotes: data.quotes,
		organisation: await getSetting('organisationName')
	};
};
