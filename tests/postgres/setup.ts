import type { TestProject } from 'vitest/node';
import { startPostgres } from '../../scripts/postgres.js';

declare module 'vitest' {
	export interface ProvidedContext {
		/** A PostgreSQL superuser's URL; tests make their own databases on it (database.ts). */
		postgresUrl: string;
	}
}

/** Starts PostgreSQL once for the run (or uses POSTGRES_URL) and stops it at the end. */
export default async function setup(project: TestProject) {
	const { url, stop } = await startPostgres();
	project.provide('postgresUrl', url);
	return () => stop();
}
