import {
	createHash,
	createSign,
	generateKeyPairSync,
	randomBytes,
	type KeyObject
} from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * An identity provider cut down to what a sign-in's last step needs (discovery, its signing keys
 * and a token endpoint), whose token endpoint answers with an ID token the test chose. It is the
 * way to hand Heard a forged, expired or wrong-audience token through the real protocol: a real
 * provider only ever signs good ones. Like a real one, it checks the client's secret and PKCE
 * (S256) and accepts each code once.
 */

export interface TokenPlan {
	/** The nonce to put in the token: the one Heard sent, or another. */
	nonce: string;
	/** The code_challenge Heard sent: the code_verifier must match it. */
	codeChallenge: string;
	/** Claims that replace the good ones (exp, aud, iss…). */
	claims?: Record<string, unknown>;
	/** Sign with a key that is not the published one: a forgery. */
	forged?: boolean;
}

const base64url = (data: Buffer | string) => Buffer.from(data).toString('base64url');

function signedJwt(claims: object, key: KeyObject, kid: string): string {
	const head = base64url(JSON.stringify({ alg: 'RS256', typ: 'JWT', kid }));
	const body = base64url(JSON.stringify(claims));
	const signature = createSign('RSA-SHA256').update(`${head}.${body}`).sign(key);
	return `${head}.${body}.${base64url(signature)}`;
}

async function bodyOf(request: IncomingMessage): Promise<string> {
	let text = '';
	for await (const chunk of request) text += String(chunk);
	return text;
}

export async function startFakeIssuer(client: { id: string; secret: string; email: string }) {
	const published = generateKeyPairSync('rsa', { modulusLength: 2048 });
	const other = generateKeyPairSync('rsa', { modulusLength: 2048 });
	const kid = 'signing-key-1';
	const plans = new Map<string, TokenPlan>();
	/** Every code Heard traded, so a test knows the refusal came after the token, not before. */
	const traded: string[] = [];
	let issuer = '';

	const answer = async (request: IncomingMessage, response: ServerResponse) => {
		const json = (status: number, body: unknown) => {
			response.writeHead(status, {
				'content-type': 'application/json',
				'cache-control': 'no-store'
			});
			response.end(JSON.stringify(body));
		};
		const path = new URL(request.url ?? '/', issuer).pathname;
		if (path === '/.well-known/openid-configuration')
			return json(200, {
				issuer,
				authorization_endpoint: `${issuer}/authorize`,
				token_endpoint: `${issuer}/token`,
				jwks_uri: `${issuer}/jwks`,
				response_types_supported: ['code'],
				subject_types_supported: ['public'],
				id_token_signing_alg_values_supported: ['RS256'],
				code_challenge_methods_supported: ['S256'],
				token_endpoint_auth_methods_supported: ['client_secret_basic']
			});
		if (path === '/jwks')
			return json(200, {
				keys: [{ ...published.publicKey.export({ format: 'jwk' }), kid, alg: 'RS256', use: 'sig' }]
			});
		if (path !== '/token' || request.method !== 'POST') return json(404, { error: 'not_found' });

		const [id, secret] = Buffer.from(
			(request.headers.authorization ?? '').replace(/^Basic /, ''),
			'base64'
		)
			.toString('utf8')
			.split(':')
			.map((part) => decodeURIComponent(part));
		if (id !== client.id || secret !== client.secret) return json(401, { error: 'invalid_client' });
		const form = new URLSearchParams(await bodyOf(request));
		const code = form.get('code') ?? '';
		traded.push(code);
		const plan = plans.get(code);
		plans.delete(code);
		if (!plan || form.get('grant_type') !== 'authorization_code')
			return json(400, { error: 'invalid_grant' });
		const verifier = form.get('code_verifier') ?? '';
		if (base64url(createHash('sha256').update(verifier).digest()) !== plan.codeChallenge)
			return json(400, { error: 'invalid_grant', error_description: 'PKCE verification failed' });
		const now = Math.floor(Date.now() / 1000);
		const claims = {
			iss: issuer,
			sub: 'council-person-1',
			aud: client.id,
			iat: now,
			exp: now + 300,
			nonce: plan.nonce,
			email: client.email,
			email_verified: true,
			...plan.claims
		};
		return json(200, {
			access_token: randomBytes(16).toString('hex'),
			token_type: 'Bearer',
			expires_in: 300,
			id_token: signedJwt(claims, plan.forged ? other.privateKey : published.privateKey, kid)
		});
	};
	const server = createServer((request, response) => void answer(request, response));
	await new Promise<void>((resolve) => server.listen(0, () => resolve()));
	issuer = `http://localhost:${(server.address() as AddressInfo).port}`;

	return {
		issuer,
		traded,
		/** What the token endpoint answers for this code, once. */
		plan: (code: string, plan: TokenPlan) => plans.set(code, plan),
		stop: () => new Promise<void>((resolve) => server.close(() => resolve()))
	};
}
