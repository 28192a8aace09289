/**
 * Which database Heard runs on (ADR 46): SQLite, a file on this machine (the default, needing
 * nothing installed), or PostgreSQL when DATABASE_URL is a postgres:// address, for several
 * servers sharing one database. Read from the environment when the server starts, before any
 * table is chosen (schema/index.ts), so it cannot change while Heard runs.
 */
export type Engine = 'sqlite' | 'postgres';

export function engineOf(url: string): Engine {
	return /^postgres(ql)?:\/\//i.test(url) ? 'postgres' : 'sqlite';
}

/**
 * The engine DATABASE_URL names. Only the process environment: the tables are chosen when their
 * module loads, which is before SvelteKit's own view of the environment exists (and in scripts
 * and tests, where it never does).
 */
export const engine: Engine = engineOf(process.env.DATABASE_URL ?? '');

export const onPostgres = engine === 'postgres';
