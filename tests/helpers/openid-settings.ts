/**
 * The single sign-on settings of the Playwright run: its built server signs staff in through the
 * OpenID provider of tests/helpers/openid-provider.js, 40 ports above its own so that two
 * checkouts running side by side (E2E_PORT) do not meet.
 */
export function openIdTestSettings(heardPort: number) {
	const port = heardPort + 40;
	return {
		port,
		issuer: `http://localhost:${port}`,
		clientId: 'heard-e2e',
		clientSecret: 'a-secret-for-the-test-provider-only',
		name: 'your council account',
		redirectUri: `http://localhost:${heardPort}/login/sso/callback`
	};
}
