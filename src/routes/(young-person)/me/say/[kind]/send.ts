import { error, fail, redirect } from '@sveltejs/kit';
import type { Answers } from '$lib/templates';
import { parseAnswers } from '$lib/templates/schema';
import { MEETING_TYPES } from '$lib/vocabulary';
import { draftAnswersFrom, templateForYoungPerson } from '$lib/server/statements/form-model';
import { submitStatement } from '$lib/server/statements/mutations';
import { findOwnDraft, listOwnUpcomingMeetings } from '$lib/server/young-people/things';
import { findOwnRecord } from '$lib/server/young-people/queries';

/**
 * Validates and stores a statement sent from the form. In simple mode earlier
 * answers come from the server draft, so they are merged in first. Anything
 * wrong goes back with every typed word kept.
 */
export async function sendStatement(form: Record<string, unknown>, kindParam: string, locals: App.Locals) {
	const me = locals.user && findOwnRecord(locals.user);
	if (!me || !locals.user) error(403, 'Forbidden');
	const template = templateForYoungPerson(kindParam, me.isCareLeaver);

	const draft = me.simpleMode ? ((findOwnDraft(me.id, template.id)?.answers ?? {}) as Record<string, unknown>) : {};
	const input = { ...draft, ...form };
	const values = draftAnswersFrom(template, input);
	const key = typeof form.idempotencyKey === 'string' ? form.idempotencyKey.slice(0, 40) : '';
	if (key.length < 10) return fail(400, { values, errors: {}, formError: 'send_failed' as const });

	const parsed = parseAnswers(template, input, me.simpleMode);
	if (!parsed.ok) return fail(400, { values, errors: parsed.errors });
	const answers: Answers = { ...parsed.answers };

	let meetingId: string | null = null;
	if (template.questions.some((q) => q.type === 'meeting')) {
		const chosen = String(answers.meeting ?? '');
		if (chosen === 'other') {
			const type = String(input.meeting_other_type ?? '');
			const date = String(input.meeting_other_date ?? '');
			if ((MEETING_TYPES as readonly string[]).includes(type)) answers.meeting_other_type = type;
			if (/^\d{4}-\d{2}-\d{2}$/.test(date)) answers.meeting_other_date = date;
		} else if (listOwnUpcomingMeetings(me.id).some((m) => m.id === chosen)) {
			meetingId = chosen;
		} else {
			return fail(400, { values, errors: { meeting: 'choose_one' as const } });
		}
	}

	const { id } = submitStatement(me.id, locals.user.id, {
		template,
		answers,
		consentToShare: form.consent === 'yes',
		idempotencyKey: key,
		meetingId
	});
	redirect(303, `/me/things/${id}?sent=1`);
}
