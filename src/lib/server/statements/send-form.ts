import { fail } from '@sveltejs/kit';
import type { Answers } from '$lib/templates';
import { parseAnswers } from '$lib/templates/schema';
import { MEETING_TYPES } from '$lib/vocabulary';
import type { YoungPersonView } from '../young-people/queries';
import { findOwnDraft, listOwnUpcomingMeetings } from '../young-people/things';
import { draftAnswersFrom, templateForYoungPerson } from './form-model';
import { attemptWrite } from '../db/attempt-write';
import { newId } from '../ids';
import { isSameStatement, submitStatement } from './mutations';
import { findStatementSentWithKey } from './queries';

/** Why a send did not store anything, in words the form chooses. */
type SendFormError = 'send_failed' | 'sent_before_with_other_words' | 'not_saved';

interface SendFormOptions {
	form: Record<string, unknown>;
	kindParam: string;
	person: YoungPersonView;
	actorId: string;
	/** Simple mode asks one question a page and keeps earlier answers in the server draft. */
	simple: boolean;
	/** Set when a worker fills the form in together with the young person. */
	completedWithWorkerId?: string;
}

/** Stored answers back as form values, for a simple-mode resend whose draft that send used up. */
const asFormValues = (answers: Record<string, unknown>) =>
	Object.fromEntries(Object.entries(answers).map(([k, v]) => [k, String(v)]));

/**
 * Validates and stores a statement sent from a form, for the young person's
 * own app and for co-use alike. Anything wrong comes back as a failure with
 * every typed word kept, and a fresh form key where sending again should make
 * a new statement; success gives the new (or already stored) id.
 */
export function sendStatementForm({
	form,
	kindParam,
	person,
	actorId,
	simple,
	completedWithWorkerId
}: SendFormOptions) {
	const template = templateForYoungPerson(kindParam, person.isCareLeaver);
	const key = typeof form.idempotencyKey === 'string' ? form.idempotencyKey.slice(0, 40) : '';
	const earlier = key ? findStatementSentWithKey(key) : undefined;
	const ownEarlier = earlier?.youngPersonId === person.id ? earlier : undefined;
	// A simple-mode resend (a double tap, a lost answer) finds its draft already sent: the statement stands in for it.
	const draft = !simple
		? {}
		: ownEarlier
			? asFormValues(ownEarlier.answers)
			: ((findOwnDraft(person.id, template.id)?.answers ?? {}) as Record<string, unknown>);
	const input = { ...draft, ...form };
	const values = draftAnswersFrom(template, input);
	const refused = (status: number, formError: SendFormError, idempotencyKey = newId()) =>
		fail(status, { values, errors: {}, formError, idempotencyKey });
	if (key.length < 10) return refused(400, 'send_failed');
	// Keys are random per page: someone else's is a forged post. Sending again with a fresh one works.
	if (earlier && !ownEarlier) return refused(409, 'send_failed');

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

	const statement = {
		template,
		answers,
		consentToShare: form.consent === 'yes',
		idempotencyKey: key,
		meetingId
	};
	// The same form key with other words: the page was sent before (then Back, and changed). Not a double tap.
	if (ownEarlier && !isSameStatement(ownEarlier, statement))
		return refused(409, 'sent_before_with_other_words');
	const sent = attemptWrite(() =>
		submitStatement(person.id, actorId, {
			...statement,
			completedWithWorkerId: completedWithWorkerId ?? null,
			simpleMode: simple
		})
	);
	// Nothing was stored; the same key is kept, so trying again can never make two.
	if (!sent.stored) return refused(503, 'not_saved', key);
	return { id: sent.result.id };
}
