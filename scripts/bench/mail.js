// An urgent statement's email, timed from the young person's "Sent!" to the moment a local
// SMTP server has accepted the message for their worker.
import { SMTPServer } from 'smtp-server';
import { BENCH_PASSWORD } from './generate.js';
import { baseFor, signIn } from './http.js';

/**
 * A local SMTP server noting when each recipient's mail was accepted, and each mail's Message-ID
 * (Heard's is the outbox row's id, so the same email sent twice has the same one). With `holdMs`
 * it accepts each email that long after the whole of it has arrived, as a slow relay does.
 */
export function startMailCatcher({ holdMs = 0 } = {}) {
	const accepted = new Map();
	const messageIds = [];
	let arrived = 0;
	const server = new SMTPServer({
		authOptional: true,
		disabledCommands: ['STARTTLS'],
		onData(stream, session, callback) {
			let head = '';
			stream.on('data', (chunk) => {
				if (head.length < 16_384) head += chunk;
			});
			const accept = () => {
				const at = performance.now();
				messageIds.push(/^Message-ID:\s*(\S+)/im.exec(head)?.[1] ?? '');
				for (const to of session.envelope.rcptTo) {
					const address = to.address.toLowerCase();
					accepted.set(address, [...(accepted.get(address) ?? []), at]);
				}
				callback();
			};
			stream.on('end', () => {
				arrived += 1;
				if (holdMs) setTimeout(accept, holdMs);
				else accept();
			});
		}
	});
	return new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			resolve({
				url: `smtp://127.0.0.1:${server.server.address().port}`,
				accepted,
				messageIds,
				/** How many emails have arrived whole, accepted or not yet. */
				arrived: () => arrived,
				stop: () => new Promise((done) => server.close(() => done()))
			});
		});
	});
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Each young person (with a worker of their own) sends one "I'm worried" statement, one every
 * `spacingMs`; resolves to the milliseconds from each "Sent!" to their worker's mail accepted,
 * or Infinity for any mail that has not come within `waitMs`. `bases`: one server, or several
 * sharing a database, taken in turn (the mail goes from whichever runs the mail round).
 */
export async function urgentMailMs(bases, catcher, senders, spacingMs = 400, waitMs = 60_000) {
	const cookies = [];
	for (const { username } of senders)
		cookies.push(await signIn(baseFor(bases, 0), username, BENCH_PASSWORD));
	const sentAt = [];
	for (const [i, { workerEmail }] of senders.entries()) {
		const base = baseFor(bases, i);
		const response = await fetch(`${base}/me/say/worried?/send`, {
			method: 'POST',
			redirect: 'manual',
			headers: {
				origin: base,
				cookie: cookies[i],
				accept: 'text/html',
				'content-type': 'application/x-www-form-urlencoded'
			},
			// The picture choice too: a young person under twelve is sent the simple form, which asks it.
			body: new URLSearchParams({
				worry_about: 'home',
				what: 'Something is wrong at home.',
				idempotencyKey: `urgent-${i}-${Date.now()}`
			})
		});
		await response.arrayBuffer();
		if (response.status !== 303)
			throw new Error(`an urgent statement was refused: ${response.status}`);
		sentAt.push({ at: performance.now(), workerEmail });
		await sleep(spacingMs);
	}
	const until = performance.now() + waitMs;
	const arrived = () => sentAt.every(({ workerEmail }) => catcher.accepted.has(workerEmail));
	while (!arrived() && performance.now() < until) await sleep(100);
	return sentAt.map(({ at, workerEmail }) => {
		const times = catcher.accepted.get(workerEmail)?.filter((t) => t >= at) ?? [];
		return times.length ? times[0] - at : Infinity;
	});
}
