import { error } from '@sveltejs/kit';
import { readSubscription, turnOffPush, turnOnPush } from '$lib/server/push/subscriptions';
import type { RequestHandler } from './$types';

/*
 * Where the settings page's script registers this device for notifications (PUT, the
 * browser's PushSubscription as JSON) and removes it (DELETE, its endpoint). The quick-exit
 * script and the service worker use DELETE too. Who may: the access table (young people,
 * workers and managers).
 */

/** A subscription is a few hundred bytes; a body far bigger is refused before it is read. */
const MOST_BYTES = 4096;

async function readJson(request: Request): Promise<unknown> {
	if (Number(request.headers.get('content-length') ?? 0) > MOST_BYTES) tooBig();
	const chunks: Uint8Array[] = [];
	let size = 0;
	for await (const chunk of request.body ?? []) {
		size += chunk.length;
		if (size > MOST_BYTES) tooBig();
		chunks.push(chunk);
	}
	try {
		return JSON.parse(Buffer.concat(chunks).toString('utf8'));
	} catch {
		return null;
	}
}

const tooBig = (): never => error(413, 'Too big for a push subscription');

function signedIn(locals: App.Locals) {
	if (!locals.user || !locals.session) error(401, 'Sign in first');
	return { userId: locals.user.id, sessionId: locals.session.id };
}

export const PUT: RequestHandler = async ({ request, locals }) => {
	const { userId, sessionId } = signedIn(locals);
	const device = readSubscription(await readJson(request));
	if (!device) error(400, 'Not a push subscription Heard can use');
	await turnOnPush(userId, sessionId, device);
	return new Response(null, { status: 204 });
};

export const DELETE: RequestHandler = async ({ request, locals }) => {
	const { userId, sessionId } = signedIn(locals);
	const body = (await readJson(request)) as { endpoint?: unknown } | null;
	const endpoint = typeof body?.endpoint === 'string' ? body.endpoint : undefined;
	await turnOffPush(userId, sessionId, endpoint);
	return new Response(null, { status: 204 });
};
