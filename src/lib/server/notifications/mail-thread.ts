import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import threadCode from './on-mail-thread.js?raw';
import type { MailMessage, MailTransport, StatementText } from './mailer';

type Reply = { id: number; sent: boolean; marked?: boolean; error?: string };

/**
 * A mail transport on a thread of its own (on-mail-thread.js), for PostgreSQL, where several
 * servers share the outbox and one may be killed at any moment: it sends an email and marks its
 * row sent in the same breath, on its own connection, however busy this thread is. On the
 * server's own thread, the mail server's "accepted" waited its turn behind every page being
 * made, seconds at a peak, and a server killed in that time left the email to be sent twice.
 * The thread is loaded as text (a build keeps no separate file for it), and finds the packages
 * it uses where this server found them.
 */
export function startMailThread(
	smtpUrl: string,
	databaseUrl: string
): MailTransport & {
	stop(): Promise<void>;
} {
	const find = createRequire(import.meta.url);
	const where = (name: string) => pathToFileURL(find.resolve(name)).href;
	const thread = new Worker(new URL(`data:text/javascript,${encodeURIComponent(threadCode)}`), {
		workerData: {
			smtpUrl,
			databaseUrl,
			nodemailer: where('nodemailer'),
			postgres: where('postgres')
		}
	});
	thread.unref();
	const waiting = new Map<number, (reply: Reply) => void>();
	let lastId = 0;
	let ended: string | null = null;
	thread.on('message', (reply: Reply | { ready: true }) => {
		if (!('id' in reply)) return;
		waiting.get(reply.id)?.(reply);
		waiting.delete(reply.id);
	});
	// A thread that failed takes no more mail; what it was sending is answered as not sent, so it
	// stays due in the outbox.
	const end = (reason: string) => {
		ended = reason;
		for (const [id, answer] of waiting) answer({ id, sent: false, error: reason });
		waiting.clear();
	};
	thread.on('error', (error) => end(`The mail thread failed: ${error.message}`));
	thread.on('exit', () => end('The mail thread has stopped.'));

	const post = (message: MailMessage, markSent: StatementText | null) =>
		new Promise<Reply>((answer) => {
			if (ended) return answer({ id: 0, sent: false, error: ended });
			lastId += 1;
			waiting.set(lastId, answer);
			thread.postMessage({ id: lastId, message, markSent });
		});
	return {
		async sendMail(message) {
			const reply = await post(message, null);
			if (!reply.sent) throw new Error(reply.error);
		},
		async sendThenMark(message, markSent) {
			const reply = await post(message, markSent);
			if (!reply.sent) throw new Error(reply.error);
			return { marked: reply.marked === true };
		},
		async stop() {
			await thread.terminate();
		}
	};
}
