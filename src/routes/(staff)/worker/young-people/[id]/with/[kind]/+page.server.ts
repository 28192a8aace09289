import { redirect } from '@sveltejs/kit';
import { MEETING_TYPES } from '$lib/vocabulary';
import { meetingTypeLabel } from '$lib/words';
import { newId } from '$lib/server/ids';
import { getSetting } from '$lib/server/settings';
import { youngPersonForCoUse } from '$lib/server/statements/co-use';
import { buildFormModel, templateForYoungPerson } from '$lib/server/statements/form-model';
import { sendStatementForm } from '$lib/server/statements/send-form';
import { listOwnUpcomingMeetings } from '$lib/server/young-people/things';

export const load = ({ locals, params }) => {
	const { person } = youngPersonForCoUse(locals.user, params.id);
	const template = templateForYoungPerson(params.kind, person.isCareLeaver);
	return {
		kind: template.kind,
		crisis: Boolean(template.crisis),
		helpContacts: template.crisis ? getSetting('helpContacts') : [],
		fields: buildFormModel(template, false, listOwnUpcomingMeetings(person.id)),
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
		const { actor, person } = youngPersonForCoUse(locals.user, params.id);
		const form = Object.fromEntries(await request.formData());
		const result = sendStatementForm({
			form,
			kindParam: params.kind,
			person,
			actorId: actor.id,
			simple: false,
			completedWithWorkerId: actor.id
		});
		if ('id' in result) redirect(303, `/worker/statements/${result.id}`);
		return result;
	}
};
