import { defineConfig } from '@playwright/test';
import { SERVER_ARGS } from './scripts/server-args.js';
import { openIdTestSettings } from './tests/helpers/openid-settings';

// E2E_PORT lets two checkouts run their suites side by side.
const PORT = Number(process.env.E2E_PORT ?? 4173);
const OIDC = openIdTestSettings(PORT);

export default defineConfig({
	// The browser journeys, and the security suite that runs against the same built server.
	testDir: 'tests',
	testMatch: ['e2e/**/*.spec.ts', 'security/**/*.spec.ts'],
	// Two cores: one worker keeps the server responsive and the run predictable.
	workers: 1,
	fullyParallel: false,
	retries: process.env.CI ? 1 : 0,
	timeout: 30_000,
	reporter: process.env.CI ? [['list']] : [['list']],
	use: {
		baseURL: `http://localhost:${PORT}`,
		trace: 'retain-on-failure',
		// Debian's Chromium, never a downloaded browser; flags keep it off the (absent) network.
		launchOptions: {
			executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-background-networking',
				'--disable-component-update',
				'--no-first-run',
				'--disable-sync',
				'--disable-quic'
			]
		}
	},
	webServer: [
		{
			// The organisation's identity provider, for single sign-on (tests/e2e/sso.spec.ts).
			command: 'node tests/helpers/openid-provider.js',
			env: {
				OIDC_TEST_PORT: String(OIDC.port),
				OIDC_TEST_REDIRECT: OIDC.redirectUri,
				OIDC_CLIENT_ID: OIDC.clientId,
				OIDC_CLIENT_SECRET: OIDC.clientSecret
			},
			url: `${OIDC.issuer}/.well-known/openid-configuration`,
			reuseExistingServer: false,
			timeout: 30_000,
			stdout: 'ignore'
		},
		{
			// A fresh database with the demo organisation for every run.
			command: `rm -rf .test-data && node ${SERVER_ARGS.join(' ')}`,
			env: {
				PORT: String(PORT),
				DATABASE_URL: '.test-data/e2e.db',
				ORIGIN: `http://localhost:${PORT}`,
				OIDC_ISSUER: OIDC.issuer,
				OIDC_CLIENT_ID: OIDC.clientId,
				OIDC_CLIENT_SECRET: OIDC.clientSecret,
				OIDC_NAME: OIDC.name
			},
			url: `http://localhost:${PORT}/healthz`,
			reuseExistingServer: false,
			timeout: 60_000,
			stdout: 'ignore'
		}
	]
});
