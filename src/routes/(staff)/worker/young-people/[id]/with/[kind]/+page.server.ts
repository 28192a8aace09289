import { error, redirect } from '@sveltejs/kit';
import { refusedSend } from '$lib/http/send-statement';
import { MEETING_TYPES } from '$lib/vocabulary';
import { meetingTypeLabel } from '$lib/words/lists';
import { newId } from '$lib/server/ids';
import { getSetting } from '$lib/server/settings';
import { youngPersonForCoUse } from '$lib/server/say/co-use';
import { buildFormModel, templateForYoungPerson } from '$lib/server/say/form-model';
import { sendStatementForm } from '$lib/server/say/send-form';
import { listOwnUpcomingMeetings } from '$lib/server/young-people/things';
import { currentLocale } from '$lib/locale';

/** The young person and the kind's template, or 404 for anyone the worker may not see or a kind not theirs. */
async function coUse(user: App.Locals['user'], youngPersonId: string, kind: string) {
	const found = (await youngPersonForCoUse(user, youngPersonId)) ?? error(404, 'Not found');
	const template =
		templateForYoungPerson(kind, found.person.isCareLeaver) ?? error(404, 'Not found');
	return { ...found, template };
}

export const load = async ({ locals, params }) => {
	const { person, template } = await coUse(locals.user, params.id, params.kind);
	return {
		kind: template.kind,
		crisis: Boolean(template.crisis),
		helpContacts: template.crisis ? await getSetting('helpContacts') : [],
		fields: buildFormModel(template, false, await listOwnUpcomingMeetings(person.id)),
		values: {},
		meetingTypeLabels: Object.fromEntries(
			MEETING_TYPES.map((type) => [type, meetingTypeLabel(type)])
		),
		restored: false,
		step: 0,
		idempotencyKey: newId(),
		me: person
	};
};

export const actions = {
	send: async ({ request, locals, params }) => {
		const { actor, person, template } = await coUse(locals.user, params.id, params.kind);
		const form = Object.fromEntries(await request.formData());
		const result = await sendStatementForm({
			form,
			template,
			person,
			actorId: actor.id,
			simple: false,
			completedWithWorkerId: actor.id,
			language: currentLocale()
		});
		if (!result.sent) return refusedSend(result);
		redirect(303, `/worker/statements/${result.id}`);
	}
};
