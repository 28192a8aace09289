import { afterAll, beforeAll, beforeEach, expect } from 'vitest';
import { currentTemplate } from '$lib/templates';
import { addToTeam, allocate, createStaff, createTeam, createYoungPerson } from '$tests/fixtures';
import { createYoungPersonUser } from '$tests/fixtures/reports';
import { newDevice, startPushService, type Device } from '$tests/helpers/push-service';
import { createSession, generateSessionToken } from '../auth/session';
import { transaction } from '../db';
import { pushSubscriptions } from '../db/schema';
import { submitStatement } from '../statements/mutations';
import { readSubscription, turnOnPush } from './subscriptions';

/**
 * What the push tests share: a push service on localhost (tests/helpers/push-service.ts), Sam
 * (worker) and Fiona (manager) of the North team, and Zebedee, Sam's young person, signed in
 * once. Each test starts with no device turned on and nothing received.
 */
export const SECRET_WORDS = 'Nobody picks me at playtime and I cry in the toilets';
export const REPLY_WORDS = 'Thank you for telling me, Zebedee, I will call your school';
export const NAMES = ['Zebedee', 'Sam', 'Fiona'];

export const org = {} as {
	service: Awaited<ReturnType<typeof startPushService>>;
	worker: { id: string; email: string };
	manager: { id: string; email: string };
	youngPersonId: string;
	youngUserId: string;
	sessionId: string;
};

export function usePushOrganisation() {
	beforeAll(async () => {
		org.service = await startPushService();
		process.env.PUSH_EXTRA_ORIGINS = org.service.origin;
		const team = await createTeam('North');
		org.worker = await createStaff(['worker'], { email: 'sam@heard.example', firstName: 'Sam' });
		org.manager = await createStaff(['manager'], {
			email: 'fiona@heard.example',
			firstName: 'Fiona'
		});
		await addToTeam(team, org.manager.id, 'manager');
		org.youngUserId = await createYoungPersonUser();
		org.youngPersonId = await createYoungPerson({
			teamId: team,
			preferredName: 'Zebedee',
			userId: org.youngUserId
		});
		await allocate(org.youngPersonId, org.worker.id);
		org.sessionId = (await createSession(generateSessionToken(), org.youngUserId)).id;
	});
	afterAll(() => org.service.close());
	beforeEach(async () => {
		org.service.received.length = 0;
		org.service.answer.status = 201;
		await transaction(async (tx) => {
			await tx.delete(pushSubscriptions);
		});
	});
}

/** A phone's subscription on the test's push service. */
export const device = (name: string) => newDevice(org.service.origin, name);

/** Zebedee sends a statement with the secret words in it. */
export async function send(kind: 'good_news' | 'worried') {
	const result = await submitStatement(org.youngPersonId, org.youngUserId, {
		template: currentTemplate(kind),
		answers: { what: SECRET_WORDS },
		consentToShare: false,
		idempotencyKey: `${kind}-${Math.random()}`,
		meetingId: null
	});
	if (!('id' in result)) throw new Error(`not sent: ${JSON.stringify(result)}`);
	return result.id as string;
}

export const asWorker = () => ({
	id: org.worker.id,
	displayName: 'Sam',
	firstName: 'Sam',
	roles: ['worker' as const]
});

/** Turns push on for a device, as PUT /push does with the subscription the browser gave. */
export async function turnOn(userId: string, session: string, phone: Device) {
	const usable = readSubscription(phone.subscription);
	expect(usable).not.toBeNull();
	await turnOnPush(userId, session, usable!);
}
