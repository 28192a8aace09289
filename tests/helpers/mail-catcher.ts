import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

interface Options {
	/** How long to hold an email for this recipient before accepting it, as a slow relay does. */
	holdMs?: (to: string) => number;
	/** Told when an email for this recipient has started to arrive. */
	onArriving?: (to: string) => void;
}

/**
 * A real SMTP server on a free local port for the server-side tests of mail: it notes, in order,
 * who each email was accepted for and when. The mail's text is not kept; tests/helpers/own-server.ts
 * has a server that keeps it, for journeys that read a link in it.
 */
export async function startMailCatcher({ holdMs = () => 0, onArriving }: Options = {}) {
	const accepted: { to: string; at: number }[] = [];
	const server = new SMTPServer({
		authOptional: true,
		disabledCommands: ['STARTTLS'],
		onData(stream, session, callback) {
			const to = session.envelope.rcptTo[0]?.address ?? '';
			onArriving?.(to);
			stream.on('data', () => {});
			stream.on('end', () =>
				setTimeout(() => {
					for (const recipient of session.envelope.rcptTo)
						accepted.push({ to: recipient.address, at: Date.now() });
					callback();
				}, holdMs(to))
			);
		}
	});
	const port = await new Promise<number>((resolve, reject) => {
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => resolve((server.server.address() as AddressInfo).port));
	});
	return {
		url: `smtp://127.0.0.1:${port}`,
		accepted,
		/** Waits up to `ms` for an email to this recipient; undefined if none came. */
		async acceptedFor(to: string, ms: number) {
			const until = Date.now() + ms;
			while (!accepted.some((a) => a.to === to) && Date.now() < until)
				await new Promise((resolve) => setTimeout(resolve, 50));
			return accepted.find((a) => a.to === to);
		},
		stop: () => new Promise<void>((resolve) => server.close(() => resolve()))
	};
}
