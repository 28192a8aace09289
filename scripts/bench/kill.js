// A server killed with SIGKILL under the national mix, on PostgreSQL with two servers sharing one
// database (ADR 46): every statement a young person was told was sent ("Sent!") must be stored,
// once, and every email sent once. The catcher knows an email by its Message-ID, which Heard
// makes from the outbox row's id, so the same email sent again is the same Message-ID.
import postgres from 'postgres';
import { SUBMISSION_EVERY, mixRequest, offerMix } from './mix.js';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** How long the survivor is given to send what is left in the outbox (its rounds are 15 s). */
const MAIL_WAIT_MS = 120_000;

/**
 * Offers the mix at `rate` a second for `seconds` to `servers` (postgres-bench.js's two), kills
 * the first halfway, then reads the database at `url` and the mail `catcher` accepted.
 */
export async function killUnderMix(servers, signedIn, catcher, url, rate, seconds, add) {
	const [dying] = servers.servers;
	console.log(`national: the mix at ${rate}/s for ${seconds} s, one server killed halfway`);
	const tag = 'killed';
	const kill = setTimeout(() => dying.kill(), seconds * 500);
	const answers = await offerMix(servers.bases, signedIn, rate, seconds, tag);
	clearTimeout(kill);
	// The idempotency key of each statement answered "Sent!", as the mix made it.
	const sends = answers.flatMap((answer, i) => (i % SUBMISSION_EVERY === 0 ? [{ answer, i }] : []));
	const acknowledged = sends
		.filter(({ answer }) => answer.ok)
		.map(({ i }) => mixRequest('', signedIn, i, tag).init.body.get('idempotencyKey'));
	const cutOff = answers.filter((answer) => !answer.ok).length;

	const sql = postgres(url, { max: 1, onnotice: () => {} });
	try {
		const stored = acknowledged.length
			? await sql`SELECT idempotency_key AS key, count(*)::int AS n FROM statements
				WHERE idempotency_key IN ${sql(acknowledged)} GROUP BY idempotency_key`
			: [];
		const lost = acknowledged.length - stored.length;
		const doubled = stored.filter((row) => row.n > 1).length;
		add(
			'acknowledged statements lost when one of two servers is killed with SIGKILL under the national mix',
			lost,
			'0',
			lost === 0 && doubled === 0 && acknowledged.length > 0,
			`${acknowledged.length} of ${sends.length} statements sent were answered "Sent!"; ${doubled} stored twice; ${cutOff} of ${answers.length} requests cut off by the kill`
		);

		// The survivor takes the mail rounds up once the killed server's lock went with its
		// connection (db/alone.ts): wait for the outbox to empty.
		const until = performance.now() + MAIL_WAIT_MS;
		let waiting = 0;
		do {
			[{ waiting }] = await sql`SELECT count(*)::int AS waiting FROM mail_outbox
				WHERE sent_at IS NULL`;
			if (waiting) await sleep(1000);
		} while (waiting && performance.now() < until);
		// What the catcher has accepted so far, then the outbox: every one of these has its row
		// (mail queued meanwhile, a later round's, would count against nothing).
		const accepted = [...catcher.messageIds];
		const rows = await sql`SELECT id FROM mail_outbox`;
		const outbox = new Set(rows.map((row) => row.id));
		// Heard's Message-ID is `<row id@domain>`.
		const ids = accepted.map((messageId) => /^<([^@>]+)@/.exec(messageId)?.[1] ?? '');
		const duplicates = ids.length - new Set(ids).size;
		const strangers = ids.filter((id) => !outbox.has(id)).length;
		add(
			'emails sent twice (the same Message-ID) over the run, the kill included',
			duplicates,
			'0',
			// An email never sent, or one not from the outbox, is as wrong as one sent twice.
			duplicates === 0 && strangers === 0 && waiting === 0,
			`${accepted.length} emails accepted for ${outbox.size} in the outbox; ${waiting} left unsent after ${MAIL_WAIT_MS / 1000} s` +
				(strangers ? `; ${strangers} not from an outbox row (or without a Message-ID)` : '')
		);
	} finally {
		await sql.end();
	}
}
