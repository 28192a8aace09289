import { fail } from '@sveltejs/kit';
import { fieldErrors } from '$lib/forms/read-form';
import { requireRole } from '$lib/http/require-role';
import { ChooseQuoteForm, MAX_QUOTE, RemoveQuoteForm } from '$lib/server/reports/forms';
import { chooseQuote, removeQuote } from '$lib/server/reports/mutations';
import { listChosenQuotes, listQuoteCandidates } from '$lib/server/reports/queries';
import { filtersToQuery, resolvePeriod } from '$lib/reports/filters';
import { chosenGroups } from '$lib/server/reports/chosen-groups';
import { namesOfChosen, readChoices } from '$lib/server/reports/page-data';
import { kindLabel } from '$lib/words/statements';

export const load = async ({ url, locals }) => {
	const { allTeams, problems, filters } = await readChoices(url);
	locals.reportChoicesRejected = problems.length > 0;
	const period = resolvePeriod(filters, new Date());
	// The chosen groups' quotes only, as a report for them lists. Quotes are words chosen one by
	// one, not counts: chosen from the whole period, this month's too.
	const groups = { chosen: chosenGroups(filters), lastDay: period.lastDay };
	return {
		invalid: problems.length > 0,
		problems,
		period,
		query: filtersToQuery(filters),
		chosenNames: namesOfChosen(filters, allTeams),
		max: MAX_QUOTE,
		chosen: await listChosenQuotes(period.from, period.end, groups.chosen, groups.lastDay),
		candidates: (await listQuoteCandidates(period.from, period.end, groups)).map((c) => ({
			...c,
			kind: kindLabel(c.kind)
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
