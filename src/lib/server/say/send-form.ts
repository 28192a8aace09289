import type { Answers, Template } from '$lib/templates';
import { parseAnswers, questionsFor, simpleFormKeeping, stepsFor } from '$lib/templates/schema';
import { askedGiven } from '$lib/templates/follow-ups';
import type { YoungPersonView } from '../young-people/queries';
import { findOwnDraft } from '../young-people/things';
import { meetingChosen } from './meeting-chosen';
import { draftAnswersFrom } from './form-model';
import { attemptWrite } from '../db/attempt-write';
import { newId } from '../ids';
import { submitStatement } from '../statements/mutations';
import { findStatementSentWithKey, isSameStatement } from '../statements/resent';
import { currentTime } from '../clock';
import type { Locale } from '$lib/locale';
import { deliverMailSoon } from '../notifications/mail-wake';
import type { PostedVoiceNotes } from '../voice/form';
import { findDraftRecordings, findStatementRecordings, sameRecordings } from '../voice/queries';
import type { Recording } from '../voice/recording';

/** Why a send did not store anything, in words the form chooses. */
type SendFormError = 'send_failed' | 'sent_before_with_other_words' | 'not_saved';

/**
 * Why nothing was stored. `answers` needs the young person to change something;
 * the others refuse the send itself (a missing or someone else's form key, the
 * page sent before with other words, or the database unable to write).
 */
export type SendRefusal =
	'answers' | 'no_form_key' | 'someone_elses_key' | 'sent_before_with_other_words' | 'not_saved';

/** What the form shows again after a refusal: every typed word, and a key for the next send where one is needed. */
export interface SendFormAgain {
	values: Record<string, string>;
	errors: Record<string, string>;
	formError?: SendFormError;
	idempotencyKey?: string;
	/** Simple mode: the page of the first answer to change, as a step shows it beside its box. */
	step?: number;
}

export type SendOutcome =
	{ sent: true; id: string } | { sent: false; refusal: SendRefusal; form: SendFormAgain };

interface SendFormOptions {
	form: Record<string, unknown>;
	/** The kind's current template, already checked as one this young person may use. */
	template: Template;
	person: YoungPersonView;
	actorId: string;
	/** Simple mode asks one question a page and keeps earlier answers in the server draft. */
	simple: boolean;
	/** Set when a worker fills the form in together with the young person. */
	completedWithWorkerId?: string;
	/** Recordings sent with the form (the young person's own form only). */
	voice?: PostedVoiceNotes;
	/**
	 * The language of the page the form was sent from: the one the young person read the
	 * questions in and wrote in. Given by the route, so nothing below reads the request's.
	 */
	language: Locale;
}

/** A words question answered by a recording needs no typed words as well. */
const answeredByVoice = (template: Template, recordings: Map<string, Recording>): Template =>
	recordings.size === 0
		? template
		: {
				...template,
				questions: template.questions.map((q) =>
					recordings.has(q.id) ? { ...q, required: false } : q
				)
			};

/** Stored answers back as form values, for a simple-mode resend whose draft that send used up. */
const asFormValues = (answers: Record<string, unknown>) =>
	Object.fromEntries(Object.entries(answers).map(([k, v]) => [k, String(v)]));

/**
 * Validates and stores a statement sent from a form, for the young person's
 * own app and for co-use alike. Anything wrong comes back as a refusal with
 * every typed word kept, and a fresh form key where sending again should make
 * a new statement; success gives the new (or already stored) id.
 */
export async function sendStatementForm({
	form,
	template,
	person,
	actorId,
	simple,
	completedWithWorkerId,
	voice,
	language
}: SendFormOptions): Promise<SendOutcome> {
	const key = typeof form.idempotencyKey === 'string' ? form.idempotencyKey.slice(0, 40) : '';
	const earlier = key ? await findStatementSentWithKey(key) : undefined;
	const ownEarlier = earlier?.youngPersonId === person.id ? earlier : undefined;
	// A simple-mode resend (a double tap, a lost answer) finds its draft already sent: the statement stands in for it.
	const draft = !simple
		? {}
		: ownEarlier
			? asFormValues(ownEarlier.answers)
			: (((await findOwnDraft(person.id, template.id))?.answers ?? {}) as Record<string, unknown>);
	const input = { ...draft, ...form };
	// Simple mode also sends words the draft kept from the full form: they were asked there (ADR 16).
	const asked = simple ? simpleFormKeeping(template, draft) : template;
	const values = draftAnswersFrom(template, input);
	const refused = (
		refusal: SendRefusal,
		formError: SendFormError,
		idempotencyKey = newId()
	): SendOutcome => ({
		sent: false,
		refusal,
		form: { values, errors: {}, formError, idempotencyKey }
	});
	const wrong = (errors: Record<string, string>): SendOutcome => ({
		sent: false,
		refusal: 'answers',
		form: { values, errors, ...(simple ? { step: firstStepOf(asked, input, errors) } : {}) }
	});
	if (key.length < 10) return refused('no_form_key', 'send_failed');
	// Keys are random per page: someone else's is a forged post. Sending again with a fresh one works.
	if (earlier && !ownEarlier) return refused('someone_elses_key', 'send_failed');

	if (voice && Object.keys(voice.refused).length > 0) return wrong(voiceErrors(voice));
	// Recordings kept on the draft go with it, as its words do; after a send the statement stands in for the draft.
	const kept = ownEarlier
		? await findStatementRecordings(ownEarlier.id)
		: voice
			? await findDraftRecordings(person.id, template.id)
			: new Map<string, Recording>();
	for (const id of voice?.removed ?? []) kept.delete(id);
	const recordings = new Map([...kept, ...(voice?.recordings ?? [])]);
	// A recording for a follow-up that no longer applies goes no further than its answer would.
	const onForm = questionsFor(asked, simple);
	const applying = new Set(askedGiven(onForm, input).map((q) => q.id));
	for (const q of onForm) if (!applying.has(q.id)) recordings.delete(q.id);

	const parsed = parseAnswers(answeredByVoice(asked, recordings), input, simple);
	if (!parsed.ok) return wrong(parsed.errors);
	const answers: Answers = { ...parsed.answers };

	const meeting = await meetingChosen(template, answers, input, person.id);
	if (!meeting.ok) return wrong({ meeting: 'choose_one' });
	const meetingId = meeting.id;

	const statement = {
		template,
		answers,
		consentToShare: form.consent === 'yes',
		idempotencyKey: key,
		meetingId
	};
	// The same form key with other words: the page was sent before (then Back, and changed). Not a double tap.
	if (
		ownEarlier &&
		(!isSameStatement(ownEarlier, statement) ||
			!sameRecordings(await findStatementRecordings(ownEarlier.id), recordings))
	)
		return refused('sent_before_with_other_words', 'sent_before_with_other_words');
	const sent = await attemptWrite(
		async () =>
			await submitStatement(
				person.id,
				actorId,
				{
					...statement,
					completedWithWorkerId: completedWithWorkerId ?? null,
					simpleMode: simple,
					recordings,
					language
				},
				currentTime()
			)
	);
	// Nothing was stored; the same key is kept, so trying again can never make two.
	if (!sent.stored) return refused('not_saved', 'not_saved', key);
	// Someone may be in danger: the emails go now, not at the outbox's next round (up to 15 s).
	if (sent.result.urgent && !sent.result.duplicate) deliverMailSoon();
	return { sent: true, id: sent.result.id };
}

/** The simple-mode step of the first question with something to change ("Ready to send?" shows no boxes). */
function firstStepOf(
	asked: Template,
	input: Record<string, unknown>,
	errors: Record<string, string>
): number {
	const steps = stepsFor(asked, input);
	const first = steps.findIndex((q) => q.id in errors);
	return first === -1 ? steps.length : first;
}

/** A refused recording is said at its question, in the words the form chooses for it. */
function voiceErrors(voice: PostedVoiceNotes): Record<string, string> {
	return Object.fromEntries(
		Object.entries(voice.refused).map(([id, refusal]) => [id, `voice_${refusal}`])
	);
}
