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
 * How long a stop waits for the round in hand: the email being sent is let finish and be marked,
 * so a restart does not send it again; a mail server that does not answer is not waited for.
 */
export const STOP_WAIT_MS = 3_000;

/**
 * The server's background work: escalating unread urgent statements, delivering
 * the push outbox (Heard's VAPID keys are made here on first start), and
 * (when SMTP_URL is set) delivering the mail outbox. Without SMTP_URL mail
 * waits in the outbox. Timers are unref'd so they never keep the process alive.
 * Resolves to the stop: no round starts after it, and the rounds in hand are let finish.
 */
export async function startBackgroundTasks(
	smtpUrl = process.env.SMTP_URL
): Promise<() => Promise<void>> {
	const timers: NodeJS.Timeout[] = [];
	const inHand = new Set<Promise<void>>();
	let stopping = false;
	// One run of a task at a time; a call that comes while it runs (mail queued mid-round) is not
	// dropped but makes it run once more straight after. Servers sharing a database take turns:
	// a round another server is running is left to it (db/alone.ts).
	const guard = (name: string, task: (writeAtOnce: WriteAtOnce) => Promise<unknown>) => {
		let round: Promise<void> | null = null;
		let again = false;
		const rounds = async () => {
			do {
				again = false;
				try {
					await runAlone(name, task);
				} catch (error) {
					console.error(`Background task "${name}" failed`, error);
				}
			} while (again && !stopping);
		};
		return async () => {
			if (stopping) return;
			if (round) {
				again = true;
				return;
			}
			round = rounds();
			inHand.add(round);
			await round;
			inHand.delete(round);
			round = null;
		};
	};
	const escalate = guard('escalation', async () => await runEscalation(currentTime()));
	timers.push(setInterval(() => void escalate(), ESCALATE_EVERY_MS));
	await vapidKeys();
	// On the same clock as the pushes were stamped with, as mail.
	const deliverPush = guard('push', () => deliverDuePush(currentTime()));
	timers.push(setInterval(() => void deliverPush(), PUSH_EVERY_MS));
	onPushQueued(() => void deliverPush());
	let thread: ReturnType<typeof startMailThread> | null = null;
	if (smtpUrl) {
		// Several servers, any of which may be killed: an email is marked sent on a thread of its
		// own the moment it is accepted (ADR 49).
		thread = onPostgres ? startMailThread(smtpUrl, process.env.DATABASE_URL!) : null;
		const transport = thread ?? createSmtpTransport(smtpUrl);
		// On the same clock as the mail was stamped with (clock.ts).
		const deliverMail = guard('mail', (writeAtOnce) =>
			deliverDueMail(transport, currentTime(), writeAtOnce, () => !stopping)
		);
		setMailDeliverer(() => void deliverMail());
		timers.push(setInterval(() => void deliverMail(), MAIL_EVERY_MS));
		// Mail left due by a stop or a crash goes now, not a round later.
		void deliverMail();
	}
	for (const timer of timers) timer.unref();
	void escalate();
	return async () => {
		stopping = true;
		timers.forEach(clearInterval);
		setMailDeliverer(null);
		onPushQueued(null);
		const waited = new Promise((resolve) => setTimeout(resolve, STOP_WAIT_MS).unref());
		await Promise.race([Promise.allSettled(inHand), waited]);
		await thread?.stop();
	};
}
