import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '../db';
import { mailOutbox } from '../db/schema';
import { newId } from '../ids';
import { createSmtpTransport, deliverDueMail } from './mailer';
import { MAIL_BATCH } from './outbox';

/** A real SMTP server on a free local port that keeps who each message was for, in order. */
const accepted: string[] = [];
const smtp = new SMTPServer({
	authOptional: true,
	disabledCommands: ['STARTTLS'],
	onData(stream, session, callback) {
		stream.on('data', () => {});
		stream.on('end', () => {
			for (const to of session.envelope.rcptTo) accepted.push(to.address);
			callback();
		});
	}
});
let url = '';
beforeAll(async () => {
	const port = await new Promise<number>((resolve) =>
		smtp.listen(0, '127.0.0.1', () => resolve((smtp.server.address() as AddressInfo).port))
	);
	url = `smtp://127.0.0.1:${port}`;
});
afterAll(() => new Promise<void>((resolve) => smtp.close(() => resolve())));

describe('a backlog in the outbox', () => {
	it('is all sent in one round, so the newest (an urgent one, say) does not wait for the next', async () => {
		const queuedAt = new Date(Date.now() - 60_000);
		const backlog = Array.from({ length: MAIL_BATCH * 2 + 3 }, (_, i) => ({
			id: newId(),
			to: `worker${i}@heard.example`,
			subject: 'Something is waiting in Heard',
			body: 'Sign in to Heard to read it.',
			createdAt: new Date(queuedAt.getTime() + i),
			nextAttemptAt: queuedAt
		}));
		db().insert(mailOutbox).values(backlog).run();

		const result = await deliverDueMail(createSmtpTransport(url), new Date());

		expect(result).toEqual({ sent: backlog.length, failed: 0 });
		expect(accepted).toHaveLength(backlog.length);
		// Oldest first, the newest last but in the same round.
		expect(accepted.at(-1)).toBe(backlog.at(-1)!.to);
	});
});
