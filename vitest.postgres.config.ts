import { defineConfig } from 'vitest/config';

// `npm run test:postgres`: PostgreSQL's migrations against SQLite's (ADR 45). The setup starts a
// throwaway PostgreSQL unless POSTGRES_URL names one; each test file makes its own database.
export default defineConfig({
	test: {
		include: ['tests/postgres/**/*.test.ts'],
		globalSetup: ['tests/postgres/setup.ts'],
		environment: 'node',
		// Two cores, one server: the files take turns.
		fileParallelism: false,
		testTimeout: 30_000,
		hookTimeout: 60_000
	}
});
