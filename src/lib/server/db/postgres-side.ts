import { engine } from './engine';

/**
 * PostgreSQL's half of the database module (db/index.ts), loaded only when DATABASE_URL names
 * PostgreSQL (ADR 46): a server on SQLite never loads postgres.js, PostgreSQL's tables or its
 * transactions.
 */
const postgresSide =
	engine === 'postgres'
		? { ...(await import('./connection-pg')), ...(await import('./transaction-pg')) }
		: undefined;

/** PostgreSQL's half, where the connections opened are PostgreSQL's (so it was loaded). */
export function pg() {
	if (!postgresSide) throw new Error('PostgreSQL is not the engine DATABASE_URL names.');
	return postgresSide;
}
