// The mail thread's own code (mail-thread.ts starts it): it sends one email at a time and,
// the moment the mail server accepts it, marks its outbox row sent on a database connection of
// its own. It runs on a thread of its own so that nothing the server is busy with (a peak's
// pages, a report) stands between "accepted" and the mark: a server killed in that gap leaves
// the email to be sent again. It is loaded as text, so it imports only Node's own modules here
// and the packages by the file addresses the server gives it.
import { parentPort, workerData } from 'node:worker_threads';

/** @type {{ smtpUrl: string, databaseUrl: string, nodemailer: string, postgres: string }} */
const given = workerData;
const { default: nodemailer } = await import(given.nodemailer);
const { default: postgres } = await import(given.postgres);
const transport = nodemailer.createTransport(given.smtpUrl);
const database = postgres(given.databaseUrl, {
	max: 1,
	onnotice: () => {},
	connection: { TimeZone: 'UTC' }
});

/** @param {unknown} error */
const reasonOf = (error) => (error instanceof Error ? error.message : String(error));

parentPort?.on(
	'message',
	/** @param {{ id: number, message: object, markSent: { sql: string, params: unknown[] } }} job */
	async ({ id, message, markSent }) => {
		try {
			await transport.sendMail(message);
		} catch (error) {
			parentPort?.postMessage({ id, sent: false, error: reasonOf(error) });
			return;
		}
		try {
			await database.unsafe(markSent.sql, /** @type {never[]} */ (markSent.params));
			parentPort?.postMessage({ id, sent: true, marked: true });
		} catch (error) {
			parentPort?.postMessage({ id, sent: true, marked: false, error: reasonOf(error) });
		}
	}
);
