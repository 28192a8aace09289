import * as client from 'openid-client';
import { isLoopback, type SsoEnvironment } from './config';
import type { PendingSsoSignIn } from './pending';

/**
 * The conversation with the identity provider, through openid-client (ADR 26). Everything that
 * proves who signed in is checked by the library: the state, PKCE (S256), and the ID token's
 * signature (against the provider's published keys), issuer, audience, expiry and nonce.
 */

const KEEP_MS = 60 * 60 * 1000;
let cached: { key: string; at: number; config: Promise<client.Configuration> } | null = null;

function configurationFor(env: SsoEnvironment): Promise<client.Configuration> {
	const key = `${env.issuer.href}|${env.clientId}|${env.clientSecret}`;
	if (cached && cached.key === key && Date.now() - cached.at < KEEP_MS) return cached.config;
	const config = client.discovery(
		env.issuer,
		env.clientId,
		undefined,
		client.ClientSecretBasic(env.clientSecret),
		{
			// Without this the ID token's signature is not checked when it comes from the token
			// endpoint (TLS is allowed to stand in for it); Heard checks it all the same.
			execute: isLoopback(env.issuer)
				? [client.allowInsecureRequests, client.enableNonRepudiationChecks]
				: [client.enableNonRepudiationChecks],
			timeout: 10
		}
	);
	const entry = { key, at: Date.now(), config };
	cached = entry;
	// A provider that was down is asked again next time, not remembered as down for an hour.
	config.catch(() => {
		if (cached === entry) cached = null;
	});
	return config;
}

/** The address to send the browser to, and what must come back with it, kept in a cookie. */
export async function authorisationRequest(
	env: SsoEnvironment,
	redirectUri: string,
	next: string | null,
	now = new Date()
): Promise<{ url: URL; pending: PendingSsoSignIn }> {
	const config = await configurationFor(env);
	const verifier = client.randomPKCECodeVerifier();
	const state = client.randomState();
	const nonce = client.randomNonce();
	const url = client.buildAuthorizationUrl(config, {
		redirect_uri: redirectUri,
		scope: 'openid email',
		code_challenge: await client.calculatePKCECodeChallenge(verifier),
		code_challenge_method: 'S256',
		state,
		nonce
	});
	return { url, pending: { state, nonce, verifier, next, startedAt: now.getTime() } };
}

export interface VerifiedIdentity {
	subject: string;
	email: string | null;
	emailVerified: boolean;
}

/**
 * Trades the code for tokens and returns who the provider says signed in. Throws when anything
 * does not check out; the caller refuses the sign-in.
 */
export async function verifiedIdentity(
	env: SsoEnvironment,
	callback: URL,
	pending: PendingSsoSignIn
): Promise<VerifiedIdentity> {
	const config = await configurationFor(env);
	const tokens = await client.authorizationCodeGrant(config, callback, {
		pkceCodeVerifier: pending.verifier,
		expectedState: pending.state,
		expectedNonce: pending.nonce,
		idTokenExpected: true
	});
	let claims: Record<string, unknown> = tokens.claims()!;
	// Some providers put the email only in userinfo; it must be about the same subject.
	if (typeof claims.email !== 'string' || claims.email_verified === undefined)
		claims = {
			...(await client.fetchUserInfo(config, tokens.access_token, String(claims.sub))),
			...claims
		};
	return {
		subject: String(claims.sub),
		email: typeof claims.email === 'string' ? claims.email : null,
		emailVerified: claims.email_verified === true
	};
}
