// Before each test file of the server suite on PostgreSQL (vitest.postgres.config.ts): a database
// of its own, copied from the migrated template global-setup.ts made, as each file on SQLite gets
// an in-memory database of its own. Set before the file imports Heard, which chooses its tables
// by DATABASE_URL when they load.
import { afterAll } from 'vitest';
import { inject } from 'vitest';
import postgres from 'postgres';

const server = inject('postgresUrl');
const name = `heard_file_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
const admin = postgres(server, { max: 1, onnotice: () => {} });
await admin.unsafe(`CREATE DATABASE ${name} TEMPLATE ${inject('postgresTemplate')}`);
const url = new URL(server);
url.pathname = `/${name}`;
process.env.DATABASE_URL = url.href;

afterAll(async () => {
	const { closeDatabase } = await import('../../src/lib/server/db');
	await closeDatabase();
	await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
	await admin.end();
});
