import type { TestProject } from 'vitest/node';
import { drizzle } from 'drizzle-orm/postgres-js';
import { migrate } from 'drizzle-orm/postgres-js/migrator';
import { resolve } from 'node:path';
import postgres from 'postgres';
import { startPostgres } from '../../scripts/postgres.js';

declare module 'vitest' {
	export interface ProvidedContext {
		/** A PostgreSQL superuser's URL; tests make their own databases on it (database.ts). */
		postgresUrl: string;
		/** A database with drizzle-pg/'s migrations, which each file of the server suite copies. */
		postgresTemplate: string;
	}
}

/**
 * Starts PostgreSQL once for the run (or uses POSTGRES_URL) and stops it at the end, with a
 * migrated template database for the server suite's files to copy (each-file.ts).
 */
export default async function setup(project: TestProject) {
	const { url, stop } = await startPostgres();
	project.provide('postgresUrl', url);
	const template = `heard_template_${process.pid}`;
	const admin = postgres(url, { max: 1, onnotice: () => {} });
	await admin.unsafe(`DROP DATABASE IF EXISTS ${template}`);
	await admin.unsafe(`CREATE DATABASE ${template}`);
	const at = new URL(url);
	at.pathname = `/${template}`;
	const client = postgres(at.href, { max: 1, onnotice: () => {} });
	await migrate(drizzle(client), {
		migrationsFolder: resolve(import.meta.dirname, '..', '..', 'drizzle-pg')
	});
	await client.end();
	project.provide('postgresTemplate', template);
	return async () => {
		await admin.unsafe(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`).catch(() => undefined);
		await admin.end();
		stop();
	};
}
