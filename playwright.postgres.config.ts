import { defineConfig } from '@playwright/test';
import app from './playwright.config';

/*
 * `npm run test:postgres`: the browser journeys of a statement's whole life again, on PostgreSQL
 * (ADR 46), against the same built server as `npm test`: the pages of each role (a young
 * person's in simple and low-data mode, offline and by keyboard too), the accessibility checks,
 * the access matrix, and the reports, whose SQL is PostgreSQL's own there. The journeys that
 * check what they did by opening the SQLite file themselves (tests/helpers/database.ts) run on
 * SQLite only.
 */
const [identityProvider, heard] = app.webServer as NonNullable<typeof app.webServer>[];

export default defineConfig({
	...app,
	testMatch: [
		'e2e/access.spec.ts',
		'e2e/accessibility.spec.ts',
		'e2e/notices-accessibility.spec.ts',
		'e2e/app-install-offline.spec.ts',
		'e2e/young-person-pages.spec.ts',
		'e2e/young-person-help.spec.ts',
		'e2e/young-person-keyboard.spec.ts',
		'e2e/young-person-low-data.spec.ts',
		'e2e/young-person-pictures.spec.ts',
		'e2e/young-person-quick-exit.spec.ts',
		'e2e/lead-disclosure.spec.ts',
		'e2e/lead-you-said.spec.ts',
		'security/access-matrix.spec.ts',
		'security/report-differencing.spec.ts'
	],
	webServer: [
		identityProvider!,
		{
			...heard!,
			command: 'node tests/postgres/e2e-server.js',
			env: { ...heard!.env, DATABASE_URL: '' },
			// The server, then the cluster under it, stopped in that order.
			gracefulShutdown: { signal: 'SIGTERM', timeout: 15_000 },
			timeout: 120_000
		}
	]
});
