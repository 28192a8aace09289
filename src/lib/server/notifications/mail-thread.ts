import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import threadCode from './on-mail-thread.js?raw';
import {
	MailInterrupted,
	type MailMessage,
	type MailTransport,
	type StatementText
} from './mailer';

type Reply = { id: number; sent: boolean; marked?: boolean; error?: string; ended?: boolean };

/**
 * A mail transport on a thread of its own (on-mail-thread.js), for PostgreSQL, where several
 * servers share the outbox and one may be killed at any moment: it sends an email and marks its
 * row sent in the same breath, on its own connection, however busy this thread is. On the
 * server's own thread, the mail server's "accepted" waited its turn behind every page being
 * made, seconds at a peak, and a server killed in that time left the email to be sent twice.
 * The thread is loaded as text (a build keeps no separate file for it), and finds the packages
 * it uses where this server found them. A thread that fails is started again for the next email.
 */
export function startMailThread(
	smtpUrl: string,
	databaseUrl: string
): Extract<MailTransport, { sendThenMark: unknown }> & { stop(): Promise<void> } {
	const find = createRequire(import.meta.url);
	const where = (name: string) => pathToFileURL(find.resolve(name)).href;
	const workerData = {
		smtpUrl,
		databaseUrl,
		nodemailer: where('nodemailer'),
		postgres: where('postgres')
	};
	const waiting = new Map<number, (reply: Reply) => void>();
	let lastId = 0;
	let thread: Worker | null = null;
	let stopped = false;

	// What a thread that ends was sending is answered as interrupted: not the email's fault, so
	// it stays due, as it was, for the next round or the next server.
	const ended = (which: Worker, reason: string) => {
		if (thread !== which) return;
		thread = null;
		for (const [id, answer] of waiting) answer({ id, sent: false, ended: true, error: reason });
		waiting.clear();
	};
	const start = () => {
		const started = new Worker(new URL(`data:text/javascript,${encodeURIComponent(threadCode)}`), {
			workerData
		});
		started.unref();
		started.on('message', (reply: Reply) => {
			waiting.get(reply.id)?.(reply);
			waiting.delete(reply.id);
		});
		started.on('error', (error) => {
			console.error('The mail thread failed; it starts again for the next email.', error);
			ended(started, error.message);
		});
		started.on('exit', () => ended(started, 'The mail thread has stopped.'));
		return started;
	};

	const post = (message: MailMessage, markSent: StatementText) =>
		new Promise<Reply>((answer) => {
			if (stopped) return answer({ id: 0, sent: false, ended: true, error: 'Mail has stopped.' });
			thread ??= start();
			lastId += 1;
			waiting.set(lastId, answer);
			thread.postMessage({ id: lastId, message, markSent });
		});
	const outcome = (reply: Reply) => {
		if (reply.ended) throw new MailInterrupted(reply.error ?? '');
		if (!reply.sent) throw new Error(reply.error);
		return { marked: reply.marked === true };
	};
	return {
		async sendThenMark(message, markSent) {
			return outcome(await post(message, markSent));
		},
		async stop() {
			stopped = true;
			await thread?.terminate();
		}
	};
}
