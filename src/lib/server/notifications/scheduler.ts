import { currentTime } from '../clock';
import { runEscalation } from './escalation';
import { createSmtpTransport, deliverDueMail } from './mailer';

const MAIL_EVERY_MS = 15_000;
const ESCALATE_EVERY_MS = 60_000;

/** Set while this process delivers mail (SMTP_URL was set when it started). */
let deliverMail: (() => Promise<void>) | null = null;

/** Whether mail leaves this server at all; without it, mail waits in the outbox. */
export function isMailDelivered(): boolean {
	return deliverMail !== null;
}

/** Time-limited mail (a password link) goes at once rather than at the next round. */
export function deliverMailSoon(): void {
	if (deliverMail) setImmediate(deliverMail);
}

/**
 * The server's background work: escalating unread urgent statements, and
 * (when SMTP_URL is set) delivering the mail outbox. Without SMTP_URL mail
 * waits in the outbox. Timers are unref'd so they never keep the process alive.
 */
export function startBackgroundTasks(smtpUrl = process.env.SMTP_URL): () => void {
	const timers: NodeJS.Timeout[] = [];
	const guard = (name: string, task: () => unknown) => {
		let running = false;
		return async () => {
			if (running) return;
			running = true;
			try {
				await task();
			} catch (error) {
				console.error(`Background task "${name}" failed`, error);
			} finally {
				running = false;
			}
		};
	};
	const escalate = guard('escalation', () => runEscalation(currentTime()));
	timers.push(setInterval(escalate, ESCALATE_EVERY_MS));
	if (smtpUrl) {
		const transport = createSmtpTransport(smtpUrl);
		// On the same clock as the mail was stamped with (clock.ts).
		deliverMail = guard('mail', () => deliverDueMail(transport, currentTime()));
		timers.push(setInterval(deliverMail, MAIL_EVERY_MS));
	}
	for (const timer of timers) timer.unref();
	void escalate();
	return () => {
		timers.forEach(clearInterval);
		deliverMail = null;
	};
}
