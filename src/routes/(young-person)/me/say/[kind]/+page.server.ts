import { error, fail, redirect } from '@sveltejs/kit';
import { parseAnswers, simpleFormKeeping, stepsFor } from '$lib/templates/schema';
import type { Question, Template } from '$lib/templates';
import { currentTime } from '$lib/server/clock';
import { newId } from '$lib/server/ids';
import { meetingTypeLabel } from '$lib/words/lists';
import { MEETING_TYPES } from '$lib/vocabulary';
import {
	buildFormModel,
	draftAnswersAsked,
	overDraftLimit,
	templateForYoungPerson
} from '$lib/server/say/form-model';
import { discardDraft, saveDraft } from '$lib/server/statements/mutations';
import { findOwnDraft, listOwnUpcomingMeetings } from '$lib/server/young-people/things';
import { findOwnRecord } from '$lib/server/young-people/queries';
import { sendStatementForm } from '$lib/server/say/send-form';
import { draftRefused, refusedSend, voiceRefused } from '$lib/http/send-statement';
import { getSetting } from '$lib/server/settings';
import { readVoiceNotes, textFieldsOf, voiceQuestionIds } from '$lib/server/voice/form';
import { listDraftVoiceNotes } from '$lib/server/voice/queries';
import { currentLocale } from '$lib/locale';
import { hasOutOfHoursHelp } from '$lib/server/notifications/urgent';

export const load = async ({ params, parent, url }) => {
	const { me } = await parent();
	const template = templateFor(params.kind, me.isCareLeaver);
	const meetings = await listOwnUpcomingMeetings(me.id);
	const draft = await findOwnDraft(me.id, template.id);
	const kept = (draft?.answers ?? {}) as Record<string, string>;
	// Words kept from the full form are asked again in simple mode, not left out unseen (ADR 16).
	const asked = me.simpleMode ? simpleFormKeeping(template, kept) : template;
	const preselected = url.searchParams.get('meeting');
	const values: Record<string, string> = { ...kept };
	if (preselected && meetings.some((m) => m.id === preselected)) values.meeting ??= preselected;
	// Simple mode's steps follow the answers so far: a follow-up that does not apply is no step.
	const fields = buildFormModel(asked, me.simpleMode, meetings, values);
	const step = Math.min(Math.max(Number(url.searchParams.get('step') ?? 0) || 0, 0), fields.length);
	const meetingTypeLabels = Object.fromEntries(
		MEETING_TYPES.map((type) => [type, meetingTypeLabel(type)])
	);
	// "We kept what you wrote" only on coming back to the form, and only over boxes that hold kept words:
	// moving between simple-mode steps is not coming back.
	const shown = me.simpleMode ? fields.slice(step, step + 1) : fields;
	// A simple form opens on its first question, often a picture: any kept answer is worth saying there.
	const keptHere = me.simpleMode ? fields : shown;
	const restored =
		!url.searchParams.has('step') && keptHere.some((field) => (kept[field.id] ?? '') !== '');
	const helpContacts = template.crisis ? await getSetting('helpContacts') : [];
	return {
		kind: template.kind,
		crisis: Boolean(template.crisis),
		outOfHoursHelp: template.crisis ? await hasOutOfHoursHelp() : false,
		helpContacts,
		fields,
		values,
		meetingTypeLabels,
		restored,
		step,
		returnToReview: url.searchParams.get('review') === '1',
		idempotencyKey: newId(),
		voice: {
			questions: voiceQuestionIds(template),
			kept: await listDraftVoiceNotes(me.id, template.id)
		}
	};
};

/** The kind's template, or 404 for a kind that does not exist or is not theirs. */
const templateFor = (kind: string, isCareLeaver: boolean) =>
	templateForYoungPerson(kind, isCareLeaver) ?? error(404, 'Not found');

/** The form's words (repeated names joined, as the choices send them), and its recordings checked (ADR 37). */
async function formOf(request: Request, template: Template) {
	const data = await request.formData();
	return { form: textFieldsOf(data), voice: await readVoiceNotes(data, template) };
}

/** Whether the step after this one is a follow-up of its answer, or of the same answer as it. */
function followsOn(steps: Question[], step: number): boolean {
	const [here, next] = [steps[step], steps[step + 1]];
	if (!here || !next?.when) return false;
	return next.when.question === here.id || next.when.question === here.when?.question;
}

export const actions = {
	send: async ({ request, params, locals }) => {
		const me = locals.user && (await findOwnRecord(locals.user));
		if (!me || !locals.user) error(403, 'Forbidden');
		const template = templateFor(params.kind, me.isCareLeaver);
		const { form, voice } = await formOf(request, template);
		// Sent by the phone's queue: written offline by whoever was signed in then. Never stored as
		// someone else's words if the phone has changed hands since.
		if (form.queuedFor !== undefined && form.queuedFor !== me.id) error(409, 'Not yours');
		const result = await sendStatementForm({
			form,
			template,
			person: me,
			actorId: locals.user.id,
			simple: me.simpleMode,
			voice,
			language: currentLocale()
		});
		if (!result.sent) return refusedSend(result);
		redirect(303, `/me/things/${result.id}?sent=1`);
	},

	/** "Save and finish later", and the page's own save when the phone hides it. */
	save: async ({ request, params, locals }) => {
		const me = locals.user && (await findOwnRecord(locals.user));
		if (!me) error(403, 'Forbidden');
		const template = templateFor(params.kind, me.isCareLeaver);
		const { form, voice } = await formOf(request, template);
		// The phone's queue gives back what the server refused to send: never as someone else's.
		if (form.queuedFor !== undefined && form.queuedFor !== me.id) error(409, 'Not yours');
		// A simple-mode page holds one question: the others are kept in the draft, not dropped.
		const earlier = me.simpleMode ? ((await findOwnDraft(me.id, template.id))?.answers ?? {}) : {};
		// Kept whole, even past a question's limit: Send asks to shorten them, and nothing is cut.
		// An answer to a follow-up that no longer applies is not kept.
		const answers = draftAnswersAsked(template, { ...earlier, ...form }, me.simpleMode);
		if (Object.keys(voice.refused).length > 0) return voiceRefused(voice, answers);
		const runaway = overDraftLimit(answers);
		if (Object.keys(runaway).length > 0) return draftRefused(runaway, answers);
		await saveDraft(me.id, template.id, answers, currentTime(), voice);
		// Boxes left empty (or emptied), with no recording kept, leave no draft behind to be "kept".
		const nothingKept = (await listDraftVoiceNotes(me.id, template.id)).length === 0;
		if (Object.keys(answers).length === 0 && nothingKept) await discardDraft(me.id, template.id);
		return { saved: true };
	},

	/** Simple mode moves one question at a time; each step is kept on the server. */
	step: async ({ request, params, locals, url }) => {
		const me = locals.user && (await findOwnRecord(locals.user));
		if (!me) error(403, 'Forbidden');
		const template = templateFor(params.kind, me.isCareLeaver);
		const { form, voice } = await formOf(request, template);
		const draft = ((await findOwnDraft(me.id, template.id))?.answers ?? {}) as Record<
			string,
			unknown
		>;
		// The steps as the page drew them: with any words kept from the full form.
		const questions = stepsFor(simpleFormKeeping(template, draft), draft);
		const step = Math.min(Math.max(Number(form.step) || 0, 0), questions.length - 1);
		const question = questions[step];
		// No box ticked sends nothing at all: that is the answer emptied, not left as it was.
		if (question?.type === 'choices' && !(question.id in form)) form[question.id] = '';
		// A changed answer takes with it the answers to follow-ups that no longer apply.
		const merged = draftAnswersAsked(template, { ...draft, ...form }, true);
		if (Object.keys(voice.refused).length > 0) return voiceRefused(voice, merged, step);
		const runaway = overDraftLimit(merged);
		if (Object.keys(runaway).length > 0) return draftRefused(runaway, merged, step);
		// Kept whole before any check: words too long to send are refused below, never cut.
		await saveDraft(me.id, template.id, merged, currentTime(), voice);
		const goingBack = form.direction === 'back';
		const recorded = (await listDraftVoiceNotes(me.id, template.id)).some(
			(n) => n.questionId === question?.id
		);
		if (!goingBack && question && !recorded) {
			const parsed = parseAnswers({ ...template, questions: [question] }, merged, true);
			if (!parsed.ok) return fail(400, { values: merged, errors: parsed.errors, step });
		}
		// Changing one answer from "Ready to send?" goes straight back there, after any follow-up the
		// new answer opens ("My meeting is not here": what is it?). Words kept from the full form and
		// emptied here are no longer a step: the next question now stands where they stood.
		const nowAsked = stepsFor(simpleFormKeeping(template, merged), merged);
		const stillAsked = nowAsked.some((q) => q.id === question?.id);
		const reviewing = form.review === '1';
		const onToFollowUp = reviewing && !goingBack && followsOn(nowAsked, step);
		const next = onToFollowUp
			? step + 1
			: reviewing
				? nowAsked.length
				: goingBack
					? Math.max(step - 1, 0)
					: stillAsked
						? step + 1
						: step;
		redirect(303, `${url.pathname}?step=${next}${onToFollowUp ? '&review=1' : ''}`);
	},

	discard: async ({ params, locals }) => {
		const me = locals.user && (await findOwnRecord(locals.user));
		if (!me) error(403, 'Forbidden');
		await discardDraft(me.id, templateFor(params.kind, me.isCareLeaver).id);
		redirect(303, '/me');
	}
};
