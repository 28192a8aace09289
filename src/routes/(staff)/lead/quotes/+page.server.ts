import { fail } from '@sveltejs/kit';
import { fieldErrors } from '$lib/forms/read-form';
import { requireRole } from '$lib/http/require-role';
import { ChooseQuoteForm, MAX_QUOTE, RemoveQuoteForm } from '$lib/server/reports/forms';
import { chooseQuote, removeQuote } from '$lib/server/reports/mutations';
import { listChosenQuotes, listQuoteCandidates } from '$lib/server/reports/queries';
import { parseFilters, ReportFilters, resolvePeriod } from '$lib/reports/filters';
import { reportProblems } from '$lib/server/reports/problems';
import type { StatementKind } from '$lib/vocabulary';
import { kindLabel } from '$lib/words/statements';

export const load = async ({ url, locals }) => {
	const parsed = parseFilters(url.searchParams);
	locals.reportChoicesRejected = !parsed.success;
	const period = resolvePeriod(parsed.success ? parsed.data : ReportFilters.parse({}), new Date());
	return {
		invalid: !parsed.success,
		// Only the period is read here (quotes are chosen from all teams): only its mistakes are said.
		problems: parsed.success ? [] : reportProblems(parsed, []),
		period,
		max: MAX_QUOTE,
		// Quotes are words chosen one by one, not counts: chosen from the whole period, this month's too.
		chosen: await listChosenQuotes(period.from, period.end),
		candidates: (await listQuoteCandidates(period.from, period.end)).map((c) => ({
			...c,
			kind: kindLabel(c.kind as StatementKind)
		}))
	};
};

export const actions = {
	choose: async ({ request, locals }) => {
		const user = requireRole(locals.user, 'participation_lead');
		const values = Object.fromEntries(await request.formData()) as Record<string, string>;
		const parsed = ChooseQuoteForm.safeParse(values);
		if (!parsed.success) return fail(400, { values, errors: fieldErrors(parsed.error) });
		if ((await chooseQuote(user.id, parsed.data.statementId, parsed.data.quote)) === 'not_allowed')
			return fail(400, { values, errors: { quote: 'consent' } });
		return { chosen: true };
	},
	remove: async ({ request, locals }) => {
		const user = requireRole(locals.user, 'participation_lead');
		const parsed = RemoveQuoteForm.safeParse(Object.fromEntries(await request.formData()));
		if (!parsed.success || !(await removeQuote(user.id, parsed.data.quoteId)))
			return fail(400, { removeError: true });
		return { removed: true };
	}
};
