import { m } from '$lib/paraglide/messages.js';
import { fieldErrors } from '$lib/forms/read-form';
import { error, fail } from '@sveltejs/kit';
import { z } from 'zod';
import { asTypedText } from '$lib/forms/text';
import { OUTCOME_DECISIONS } from '$lib/vocabulary';
import { findStatementForStaff } from '$lib/server/casefile/queries';
import { meetingLabel } from '$lib/server/statements/meeting-words';
import { openStatement, replyToStatement } from '$lib/server/inbox/mutations';
import { recordOutcome } from '$lib/server/inbox/outcome';
import { newId } from '$lib/server/ids';
import { dateTime } from '$lib/dates';
import { kindLabel } from '$lib/words/statements';
import { currentTime } from '$lib/server/clock';
import { findVisibleYoungPerson } from '$lib/server/staff/scope-prepared';
import { wordsBackOr404 } from '$lib/http/words-back';
import { acknowledgeUrgent } from '$lib/server/urgent/mutations';
import { urgentPanel } from '$lib/server/urgent/panel';
import { interpreterAsked } from '$lib/server/statements/interpreter';
import { writtenInWords } from '$lib/words/lists';

const REPLY_MAX = 4000;
const EXPLANATION_MAX = 2000;

export const load = async ({ locals, params }) => {
	const actor = locals.user!;
	if ((await openStatement(actor, params.id, currentTime())) === 'not_found') {
		// A reply or outcome sent after the young person left their reach: the action gave the
		// words back, and the page shows those alone ($lib/http/words-back.ts).
		if (locals.reachLost) return { gone: true as const };
		error(404, 'Not found');
	}
	const found = await findStatementForStaff(actor, params.id, { urgentReach: true });
	if (!found) error(404, 'Not found');
	const { statement, person } = found;
	// Read through the urgent chain alone (the out-of-hours team, the senior manager): the
	// statement and "I'm dealing with this", nothing of the file (staff/scope.ts).
	const ownCase =
		(await findVisibleYoungPerson(actor, person.id, { includeArchived: true })) !== null;
	// Only the young person's own worker finds it in their inbox; a manager reading a team's
	// statement came from the team view, and goes back there.
	const fromTeamView =
		ownCase &&
		actor.roles.includes('manager') &&
		(await findVisibleYoungPerson(actor, person.id, {
			reach: 'caseload',
			includeArchived: true
		})) === null;
	return {
		gone: false as const,
		...found,
		aboutMe: ownCase ? found.aboutMe : null,
		ownCase,
		back: fromTeamView
			? { href: '/manager', words: m.staff_back_to_team() }
			: { href: '/worker', words: m.staff_back_to_inbox() },
		urgent: statement.urgent ? await urgentPanel(actor, found, ownCase) : null,
		statement: { ...statement, answers: undefined },
		person: {
			id: person.id,
			preferredName: person.preferredName,
			caseReference: person.caseReference,
			archivedAt: person.archivedAt
		},
		kindWords: kindLabel(statement.kind),
		sentWords: dateTime(statement.sentAt),
		writtenIn: writtenInWords(statement.language),
		interpreter: interpreterAsked(statement),
		readWords: statement.firstReadAt ? dateTime(statement.firstReadAt) : null,
		meetingWords: found.meeting ? meetingLabel(found.meeting) : null,
		thread: found.thread.map((r) => ({ ...r, when: dateTime(r.createdAt) })),
		outcome: found.outcome ? { ...found.outcome, when: dateTime(found.outcome.recordedAt) } : null,
		// A fresh key per rendered form: a double submit of the same form stores one reply.
		replyKey: newId(),
		limits: { reply: REPLY_MAX, explanation: EXPLANATION_MAX }
	};
};

const Reply = z.object({
	body: z.string().overwrite(asTypedText).trim().min(1, 'required').max(REPLY_MAX, 'too_long'),
	decision: z.literal('on').optional(),
	key: z.string().min(8).max(64)
});
const Outcome = z.object({
	decision: z.enum(OUTCOME_DECISIONS, 'choose'),
	explanation: z
		.string()
		.overwrite(asTypedText)
		.trim()
		.min(1, 'required')
		.max(EXPLANATION_MAX, 'too_long')
});

const text = (v: FormDataEntryValue | undefined) =>
	typeof v === 'string' ? v.slice(0, 10_000) : '';

export const actions = {
	reply: async ({ request, locals, params }) => {
		const form = Object.fromEntries(await request.formData());
		const values = { body: text(form.body), decision: form.decision === 'on' };
		const parsed = Reply.safeParse(form);
		if (!parsed.success) {
			const errors = fieldErrors(parsed.error);
			return fail(400, { reply: { values, errors } });
		}
		const result = await replyToStatement(locals.user!, {
			statementId: params.id,
			body: parsed.data.body,
			isDecision: !!parsed.data.decision,
			idempotencyKey: parsed.data.key
		});
		if (result === 'not_found')
			return await wordsBackOr404(locals, { statementId: params.id }, { reply: values.body });
		return { replied: true };
	},
	outcome: async ({ request, locals, params }) => {
		const form = Object.fromEntries(await request.formData());
		const values = { decision: text(form.decision), explanation: text(form.explanation) };
		const parsed = Outcome.safeParse(form);
		if (!parsed.success) {
			const errors = fieldErrors(parsed.error);
			return fail(400, { outcome: { values, errors } });
		}
		const result = await recordOutcome(locals.user!, { statementId: params.id, ...parsed.data });
		if (result === 'not_found')
			return await wordsBackOr404(
				locals,
				{ statementId: params.id },
				{ explanation: values.explanation }
			);
		if (result === 'not_a_change_request') error(404, 'Not found');
		if (result === 'explanation_required')
			return fail(400, { outcome: { values, errors: { explanation: 'required' } } });
		return { outcomeSaved: true };
	},
	acknowledge: async ({ locals, params }) => {
		const result = await acknowledgeUrgent(locals.user!, params.id, currentTime());
		if (result === 'not_found' || result === 'not_urgent') error(404, 'Not found');
		return { acknowledged: result };
	}
};
