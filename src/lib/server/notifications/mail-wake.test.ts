import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '../db';
import { mailOutbox } from '../db/schema';
import { newId } from '../ids';
import { deliverMailSoon } from './mail-wake';
import { startBackgroundTasks } from './scheduler';

/** A real SMTP server that takes its time over the first email, as a slow mail relay does. */
const accepted: { to: string; at: number }[] = [];
let firstStarted: () => void = () => {};
const firstIsBeingSent = new Promise<void>((resolve) => (firstStarted = resolve));
const smtp = new SMTPServer({
	authOptional: true,
	disabledCommands: ['STARTTLS'],
	onData(stream, session, callback) {
		const to = session.envelope.rcptTo[0]!.address;
		const slow = to === 'first@heard.example';
		if (slow) firstStarted();
		stream.on('data', () => {});
		stream.on('end', () =>
			setTimeout(
				() => {
					accepted.push({ to, at: Date.now() });
					callback();
				},
				slow ? 2000 : 0
			)
		);
	}
});
let stopTasks = () => {};
beforeAll(async () => {
	const port = await new Promise<number>((resolve) =>
		smtp.listen(0, '127.0.0.1', () => resolve((smtp.server.address() as AddressInfo).port))
	);
	stopTasks = startBackgroundTasks(`smtp://127.0.0.1:${port}`);
});
afterAll(async () => {
	stopTasks();
	await new Promise<void>((resolve) => smtp.close(() => resolve()));
});

const queue = (to: string) =>
	db()
		.insert(mailOutbox)
		.values({
			id: newId(),
			to,
			subject: 'Waiting in Heard',
			body: 'Sign in to read it.',
			nextAttemptAt: new Date()
		})
		.run();

describe('waking the mail round', () => {
	it('while a round is still sending, sends the newly queued email straight after it, not a round (15 s) later', async () => {
		queue('first@heard.example');
		deliverMailSoon();
		await firstIsBeingSent;
		queue('urgent@heard.example');
		const queuedAt = Date.now();
		deliverMailSoon();

		const until = Date.now() + 12_000;
		while (!accepted.some((a) => a.to === 'urgent@heard.example') && Date.now() < until)
			await new Promise((resolve) => setTimeout(resolve, 50));
		const urgent = accepted.find((a) => a.to === 'urgent@heard.example');
		expect(urgent, 'the urgent email waited for the next round').toBeDefined();
		expect(accepted.map((a) => a.to)).toEqual(['first@heard.example', 'urgent@heard.example']);
		expect(urgent!.at - queuedAt).toBeLessThan(12_000);
	});
});
