import { configDefaults, defineConfig, mergeConfig } from 'vitest/config';
import app from './vite.config';

/*
 * `npm run test:postgres` (ADRs 45, 46): Heard's server suite again, on PostgreSQL, and the
 * tests that compare PostgreSQL's schema and migrations with SQLite's. The setup starts a
 * throwaway PostgreSQL unless POSTGRES_URL names one; each test file gets a database of its own.
 */
/**
 * About SQLite itself (its files, pragmas, query plans), named *.sqlite.test.ts; tests/postgres/
 * proves the same of PostgreSQL where it has the same.
 */
const SQLITE_ONLY = ['**/*.sqlite.test.ts'];

const config = mergeConfig(
	app,
	defineConfig({
		test: {
			globalSetup: ['tests/postgres/setup.ts'],
			setupFiles: ['tests/postgres/each-file.ts'],
			env: { HEARD_PLACE_KEY: 'a key for the tests only, the same on every server' },
			// Two cores, one database server: two files at a time.
			maxWorkers: 2,
			testTimeout: 30_000,
			hookTimeout: 60_000
		}
	})
);

// Not merged: the server suite and tests/postgres/, without the scripts' tests or SQLite's own.
config.test!.include = ['src/**/*.test.ts', 'tests/postgres/**/*.test.ts'];
config.test!.exclude = [...configDefaults.exclude, ...SQLITE_ONLY];

export default config;
