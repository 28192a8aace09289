import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMailCatcher } from '$tests/helpers/mail-catcher';
import { transaction } from '../db';
import { mailOutbox } from '../db/schema';
import { newId } from '../ids';
import { createSmtpTransport, deliverDueMail } from './mailer';
import { MAIL_BATCH } from './outbox';

let smtp: Awaited<ReturnType<typeof startMailCatcher>>;
beforeAll(async () => (smtp = await startMailCatcher()));
afterAll(() => smtp.stop());

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
		await transaction(async (tx) => {
			await tx.insert(mailOutbox).values(backlog);
		});

		const result = await deliverDueMail(createSmtpTransport(smtp.url), new Date());

		expect(result).toEqual({ sent: backlog.length, failed: 0 });
		expect(smtp.accepted).toHaveLength(backlog.length);
		// Oldest first, the newest last but in the same round.
		expect(smtp.accepted.at(-1)!.to).toBe(backlog.at(-1)!.to);
	});
});
