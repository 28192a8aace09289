import { currentTime } from './clock';
import { runAlone, type WriteAtOnce } from './db/alone';
import { onPostgres } from './db/engine';
import { runEscalation } from './notifications/escalation';
import { createSmtpTransport, deliverDueMail } from './notifications/mailer';
import { startMailThread } from './notifications/mail-thread';
import { setMailDeliverer } from './notifications/mail-wake';
import { deliverDuePush } from './push/deliver';
import { vapidKeys } from './push/keys';
import { onPushQueued } from './push/outbox';

const MAIL_EVERY_MS = 15_000;
const ESCALATE_EVERY_MS = 60_000;
const PUSH_EVERY_MS = 15_000;

/**
 * The server's background work: escalating unread urgent statements, delivering
 * the push outbox (Heard's VAPID keys are made here on first start), and
 * (when SMTP_URL is set) delivering the mail outbox. Without SMTP_URL mail
 * waits in the outbox. Timers are unref'd so they never keep the process alive.
 */
export async function startBackgroundTasks(smtpUrl = process.env.SMTP_URL): Promise<() => void> {
	const timers: NodeJS.Timeout[] = [];
	// One run of a task at a time; a call that comes while it runs (mail queued mid-round) is not
	// dropped but makes it run once more straight after. Servers sharing a database take turns:
	// a round another server is running is left to it (db/alone.ts).
	const guard = (name: string, task: (writeAtOnce: WriteAtOnce) => Promise<unknown>) => {
		let running = false;
		let again = false;
		return async () => {
			if (running) {
				again = true;
				return;
			}
			running = true;
			do {
				again = false;
				try {
					await runAlone(name, task);
				} catch (error) {
					console.error(`Background task "${name}" failed`, error);
				}
			} while (again);
			running = false;
		};
	};
	const escalate = guard('escalation', async () => await runEscalation(currentTime()));
	timers.push(setInterval(() => void escalate(), ESCALATE_EVERY_MS));
	await vapidKeys();
	// On the same clock as the pushes were stamped with, as mail.
	const deliverPush = guard('push', () => deliverDuePush(currentTime()));
	timers.push(setInterval(() => void deliverPush(), PUSH_EVERY_MS));
	onPushQueued(() => void deliverPush());
	const stops: (() => unknown)[] = [];
	if (smtpUrl) {
		// Several servers, any of which may be killed: an email is marked sent on a thread of its
		// own the moment it is accepted (ADR 46).
		const thread = onPostgres ? startMailThread(smtpUrl, process.env.DATABASE_URL!) : null;
		if (thread) stops.push(() => thread.stop());
		const transport = thread ?? createSmtpTransport(smtpUrl);
		// On the same clock as the mail was stamped with (clock.ts).
		const deliverMail = guard('mail', (writeAtOnce) =>
			deliverDueMail(transport, currentTime(), writeAtOnce)
		);
		setMailDeliverer(() => void deliverMail());
		timers.push(setInterval(() => void deliverMail(), MAIL_EVERY_MS));
		// Mail left due by a stop or a crash goes now, not a round later.
		void deliverMail();
	}
	for (const timer of timers) timer.unref();
	void escalate();
	return () => {
		timers.forEach(clearInterval);
		stops.forEach((stop) => void stop());
		setMailDeliverer(null);
		onPushQueued(null);
	};
}
