import { createECDH, randomBytes } from 'node:crypto';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import ece from 'http_ece';

/*
 * A push service on localhost, as a phone's browser vendor runs one, and the phone's side of a
 * subscription: used by the push unit tests and the push journeys alike. Tests read each push as
 * the phone would, decrypted with the device's own private key.
 */

export interface ReceivedPush {
	path: string;
	headers: IncomingHttpHeaders;
	body: Buffer;
}

/** Keeps each request it is sent and answers with `answer.status` (201 unless a test asks otherwise). */
export async function startPushService() {
	const received: ReceivedPush[] = [];
	const answer = { status: 201 };
	const service = createServer((request, response) => {
		const chunks: Buffer[] = [];
		request.on('data', (chunk: Buffer) => chunks.push(chunk));
		request.on('end', () => {
			received.push({
				path: request.url ?? '',
				headers: request.headers,
				body: Buffer.concat(chunks)
			});
			response.writeHead(answer.status).end();
		});
	});
	await new Promise<void>((resolve) => service.listen(0, '127.0.0.1', resolve));
	return {
		origin: `http://127.0.0.1:${(service.address() as AddressInfo).port}`,
		received,
		answer,
		close: () => new Promise<void>((resolve) => service.close(() => resolve()))
	};
}

/** What a push shows on the phone. */
export interface ShownPush {
	title: string;
	body: string;
	icon: string;
	url: string;
}

/** A browser's side of a subscription on that service: its own P-256 key pair and auth secret. */
export function newDevice(origin: string, name: string) {
	const ecdh = createECDH('prime256v1');
	ecdh.generateKeys();
	const auth = randomBytes(16);
	const subscription = {
		endpoint: `${origin}/send/${name}`,
		keys: { p256dh: ecdh.getPublicKey('base64url'), auth: auth.toString('base64url') }
	};
	/** What the phone reads: the request's body, decrypted with the device's private key. */
	const read = (push: ReceivedPush): ShownPush =>
		JSON.parse(
			ece
				.decrypt(push.body, {
					version: 'aes128gcm',
					privateKey: ecdh,
					authSecret: subscription.keys.auth
				})
				.toString('utf8')
		);
	return { subscription, read };
}
export type Device = ReturnType<typeof newDevice>;
