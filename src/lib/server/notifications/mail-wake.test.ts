import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMailCatcher } from '$tests/helpers/mail-catcher';
import { transaction } from '../db';
import { mailOutbox } from '../db/schema';
import { newId } from '../ids';
import { deliverMailSoon } from './mail-wake';
import { startBackgroundTasks } from '../background-tasks';

const FIRST = 'first@heard.example';
let firstArriving: () => void = () => {};
const firstIsBeingSent = new Promise<void>((resolve) => (firstArriving = resolve));
let smtp: Awaited<ReturnType<typeof startMailCatcher>>;
let stopTasks = async () => {};
beforeAll(async () => {
	// A relay that takes its time over the first email, so a round is still sending when the next is queued.
	smtp = await startMailCatcher({
		holdMs: (to) => (to === FIRST ? 2000 : 0),
		onArriving: (to) => to === FIRST && firstArriving()
	});
	stopTasks = await startBackgroundTasks(smtp.url);
});
afterAll(async () => {
	await stopTasks();
	await smtp.stop();
});

const queue = async (to: string) =>
	await transaction(async (tx) => {
		await tx.insert(mailOutbox).values({
			id: newId(),
			to,
			subject: 'Waiting in Heard',
			body: 'Sign in to read it.',
			nextAttemptAt: new Date()
		});
	});

describe('waking the mail round', () => {
	it('while a round is still sending, sends the newly queued email straight after it, not a round (15 s) later', async () => {
		await queue(FIRST);
		deliverMailSoon();
		await firstIsBeingSent;
		await queue('urgent@heard.example');
		const queuedAt = Date.now();
		deliverMailSoon();

		const urgent = await smtp.acceptedFor('urgent@heard.example', 12_000);
		expect(urgent, 'the urgent email waited for the next round').toBeDefined();
		expect(smtp.accepted.map((a) => a.to)).toEqual([FIRST, 'urgent@heard.example']);
		expect(urgent!.at - queuedAt).toBeLessThan(12_000);
	});
});
