import { m } from '$lib/paraglide/messages.js';
import { markNotificationsRead } from '$lib/server/notifications/mutations';
import { listNotificationsForStaff } from '$lib/server/notifications/queries';
import { dateTime } from '$lib/dates';
import { vapidKeys } from '$lib/server/push/keys';
import { pushIsOn, turnOffPush } from '$lib/server/push/subscriptions';

const WORDS: Record<string, (p: { name: string }) => string> = {
	new_statement: m.staff_notification_new_statement,
	urgent_statement: m.staff_notification_urgent_statement,
	reply: m.staff_notification_reply,
	escalation: m.staff_notification_escalation,
	new_worker: m.staff_notification_new_worker,
	meeting_reply: m.staff_notification_meeting_reply
};

export const load = async ({ locals }) => {
	const actor = locals.user!;
	const shown = await listNotificationsForStaff(actor);
	const list = shown.map((n) => {
		const visible = n.youngPersonId !== null && n.preferredName !== null;
		return {
			id: n.id,
			isNew: n.readAt === null,
			when: dateTime(n.createdAt),
			words: visible
				? (WORDS[n.kind] ?? m.staff_notification_other)({ name: n.preferredName! })
				: n.closedRecord
					? m.staff_notification_closed_record()
					: m.staff_notification_gone(),
			href: !visible
				? null
				: n.statementId
					? `/worker/statements/${n.statementId}`
					: `/worker/young-people/${n.youngPersonId}`
		};
	});
	await markNotificationsRead(actor, shown);
	// Told on this device when something urgent arrives, if they turned it on (ADR 38).
	const push = { on: await pushIsOn(locals.session!.id), publicKey: (await vapidKeys()).publicKey };
	return { list, push };
};

export const actions = {
	pushOff: async ({ locals }) => {
		await turnOffPush(locals.user!.id, locals.session!.id);
		return { pushTurnedOff: true };
	}
};
