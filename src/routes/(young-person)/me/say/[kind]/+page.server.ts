import { error, fail, redirect } from '@sveltejs/kit';
import { joinRepeated, parseAnswers, questionsFor } from '$lib/templates/schema';
import { newId } from '$lib/server/ids';
import { meetingTypeLabel } from '$lib/words/lists';
import { MEETING_TYPES } from '$lib/vocabulary';
import {
	buildFormModel,
	draftAnswersFrom,
	templateForYoungPerson
} from '$lib/server/statements/form-model';
import { discardDraft, saveDraft } from '$lib/server/statements/mutations';
import { findOwnDraft, listOwnUpcomingMeetings } from '$lib/server/young-people/things';
import { findOwnRecord } from '$lib/server/young-people/queries';
import { sendStatementForm } from '$lib/server/statements/send-form';
import { refusedSend } from '$lib/http/send-statement';
import { getSetting } from '$lib/server/settings';

export const load = async ({ params, parent, url }) => {
	const { me } = await parent();
	const template = templateFor(params.kind, me.isCareLeaver);
	const meetings = listOwnUpcomingMeetings(me.id);
	const draft = findOwnDraft(me.id, template.id);
	const fields = buildFormModel(template, me.simpleMode, meetings);
	const step = Math.min(Math.max(Number(url.searchParams.get('step') ?? 0) || 0, 0), fields.length);
	const preselected = url.searchParams.get('meeting');
	const kept = (draft?.answers ?? {}) as Record<string, string>;
	const values: Record<string, string> = { ...kept };
	if (preselected && meetings.some((m) => m.id === preselected)) values.meeting ??= preselected;
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
	const helpContacts = template.crisis ? getSetting('helpContacts') : [];
	return {
		kind: template.kind,
		crisis: Boolean(template.crisis),
		helpContacts,
		fields,
		values,
		meetingTypeLabels,
		restored,
		step,
		returnToReview: url.searchParams.get('review') === '1',
		idempotencyKey: newId()
	};
};

/** The kind's template, or 404 for a kind that does not exist or is not theirs. */
const templateFor = (kind: string, isCareLeaver: boolean) =>
	templateForYoungPerson(kind, isCareLeaver) ?? error(404, 'Not found');

async function formOf(request: Request): Promise<Record<string, unknown>> {
	return joinRepeated(await request.formData());
}

export const actions = {
	send: async ({ request, params, locals }) => {
		const me = locals.user && findOwnRecord(locals.user);
		if (!me || !locals.user) error(403, 'Forbidden');
		const form = await formOf(request);
		// Sent by the phone's queue: written offline by whoever was signed in then. Never stored as
		// someone else's words if the phone has changed hands since.
		if (form.queuedFor !== undefined && form.queuedFor !== me.id) error(409, 'Not yours');
		const result = sendStatementForm({
			form,
			template: templateFor(params.kind, me.isCareLeaver),
			person: me,
			actorId: locals.user.id,
			simple: me.simpleMode
		});
		if (!result.sent) return refusedSend(result);
		redirect(303, `/me/things/${result.id}?sent=1`);
	},

	/** "Save and finish later", and the page's own save when the phone hides it. */
	save: async ({ request, params, locals }) => {
		const me = locals.user && findOwnRecord(locals.user);
		if (!me) error(403, 'Forbidden');
		const template = templateFor(params.kind, me.isCareLeaver);
		const form = await formOf(request);
		// A simple-mode page holds one question: the others are kept in the draft, not dropped.
		const earlier = me.simpleMode ? (findOwnDraft(me.id, template.id)?.answers ?? {}) : {};
		const answers = draftAnswersFrom(template, { ...earlier, ...form });
		// Boxes left empty (or emptied) leave no draft behind to be "kept".
		if (Object.keys(answers).length === 0) discardDraft(me.id, template.id);
		else saveDraft(me.id, template.id, answers);
		return { saved: true };
	},

	/** Simple mode moves one question at a time; each step is kept on the server. */
	step: async ({ request, params, locals, url }) => {
		const me = locals.user && findOwnRecord(locals.user);
		if (!me) error(403, 'Forbidden');
		const template = templateFor(params.kind, me.isCareLeaver);
		const form = await formOf(request);
		const questions = questionsFor(template, true);
		const step = Math.min(Math.max(Number(form.step) || 0, 0), questions.length - 1);
		const question = questions[step];
		const draft = (findOwnDraft(me.id, template.id)?.answers ?? {}) as Record<string, unknown>;
		// No box ticked sends nothing at all: that is the answer emptied, not left as it was.
		if (question?.type === 'choices' && !(question.id in form)) form[question.id] = '';
		const merged = draftAnswersFrom(template, { ...draft, ...form });
		saveDraft(me.id, template.id, merged);
		const goingBack = form.direction === 'back';
		if (!goingBack && question) {
			const parsed = parseAnswers({ ...template, questions: [question] }, merged, true);
			if (!parsed.ok) return fail(400, { values: merged, errors: parsed.errors, step });
		}
		// Changing one answer from "Ready to send?" goes straight back there.
		const next =
			form.review === '1' ? questions.length : goingBack ? Math.max(step - 1, 0) : step + 1;
		redirect(303, `${url.pathname}?step=${next}`);
	},

	discard: async ({ params, locals }) => {
		const me = locals.user && findOwnRecord(locals.user);
		if (!me) error(403, 'Forbidden');
		discardDraft(me.id, templateFor(params.kind, me.isCareLeaver).id);
		redirect(303, '/me');
	}
};
