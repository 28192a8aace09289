// A real OpenID provider (the `oidc-provider` package) on this machine, for the single sign-on
// journeys: the Playwright config starts it beside the built server (`node
// tests/helpers/openid-provider.js`), and Heard's OIDC_* settings point at it. Its sign-in page is
// the package's own development page: any password, and the login name picks one of
// PROVIDER_ACCOUNTS (tests/helpers/openid-accounts.js).
import { pathToFileURL } from 'node:url';
import Provider from 'oidc-provider';
import { PROVIDER_ACCOUNTS } from './openid-accounts.js';

/**
 * @param {{ port: number, clientId: string, clientSecret: string, redirectUri: string }} options
 * @returns {Promise<{ issuer: string, stop: () => Promise<void> }>}
 */
export async function startOpenIdProvider({ port, clientId, clientSecret, redirectUri }) {
	const issuer = `http://localhost:${port}`;
	const provider = new Provider(issuer, {
		clients: [
			{
				client_id: clientId,
				client_secret: clientSecret,
				redirect_uris: [redirectUri],
				response_types: ['code'],
				grant_types: ['authorization_code'],
				token_endpoint_auth_method: 'client_secret_basic'
			}
		],
		/** @param {unknown} _ctx @param {string} id */
		async findAccount(_ctx, id) {
			const claims = PROVIDER_ACCOUNTS[/** @type {keyof typeof PROVIDER_ACCOUNTS} */ (id)];
			if (!claims) return undefined;
			return { accountId: id, claims: async () => ({ sub: id, ...claims }) };
		},
		claims: { openid: ['sub'], email: ['email', 'email_verified'] },
		features: { devInteractions: { enabled: true } },
		pkce: { required: () => true },
		cookies: { keys: ['a key for this test provider only'] },
		// A council's own application is trusted: no consent page after signing in.
		/** @param {any} ctx */
		async loadExistingGrant(ctx) {
			const grant = new ctx.oidc.provider.Grant({
				clientId: ctx.oidc.client.clientId,
				accountId: ctx.oidc.session.accountId
			});
			grant.addOIDCScope('openid email');
			await grant.save();
			return grant;
		}
	});
	const server = provider.listen(port);
	await new Promise((resolve, reject) => {
		server.once('listening', resolve);
		server.once('error', reject);
	});
	return {
		issuer,
		stop: () => new Promise((resolve) => server.close(() => resolve(undefined)))
	};
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	const env = process.env;
	await startOpenIdProvider({
		port: Number(env.OIDC_TEST_PORT),
		clientId: env.OIDC_CLIENT_ID ?? '',
		clientSecret: env.OIDC_CLIENT_SECRET ?? '',
		redirectUri: env.OIDC_TEST_REDIRECT ?? ''
	});
}
