import { fail } from '@sveltejs/kit';
import type { Answers } from '$lib/templates';
import { parseAnswers } from '$lib/templates/schema';
import { MEETING_TYPES } from '$lib/vocabulary';
import type { YoungPersonView } from '../young-people/queries';
import { findOwnDraft, listOwnUpcomingMeetings } from '../young-people/things';
import { draftAnswersFrom, templateForYoungPerson } from './form-model';
import { submitStatement } from './mutations';

export interface SendFormOptions {
	form: Record<string, unknown>;
	kindParam: string;
	person: YoungPersonView;
	actorId: string;
	/** Simple mode asks one question a page and keeps earlier answers in the server draft. */
	simple: boolean;
	/** Set when a worker fills the form in together with the young person. */
	completedWithWorkerId?: string;
}

/**
 * Validates and stores a statement sent from a form, for the young person's
 * own app and for co-use alike. Anything wrong comes back as a failure with
 * every typed word kept; success gives the new (or already stored) id.
 */
export function sendStatementForm({ form, kindParam, person, actorId, simple, completedWithWorkerId }: SendFormOptions) {
	const template = templateForYoungPerson(kindParam, person.isCareLeaver);
	const draft = simple ? ((findOwnDraft(person.id, template.id)?.answers ?? {}) as Record<string, unknown>) : {};
	const input = { ...draft, ...form };
	const values = draftAnswersFrom(template, input);
	const key = typeof form.idempotencyKey === 'string' ? form.idempotencyKey.slice(0, 40) : '';
	if (key.length < 10) return fail(400, { values, errors: {}, formError: 'send_failed' as const });

	const parsed = parseAnswers(template, input, simple);
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
		} else if (listOwnUpcomingMeetings(person.id).some((m) => m.id === chosen)) {
			meetingId = chosen;
		} else {
			return fail(400, { values, errors: { meeting: 'choose_one' as const } });
		}
	}

	const { id } = submitStatement(person.id, actorId, {
		template,
		answers,
		consentToShare: form.consent === 'yes',
		idempotencyKey: key,
		meetingId,
		completedWithWorkerId: completedWithWorkerId ?? null
	});
	return { id };
}
