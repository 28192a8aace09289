/*
 * SQLite's schema (schema/) and PostgreSQL's (schema-pg/) describe the same tables (ADR 45).
 * This reads both as drizzle sees them, with no database: a table, column, key or index added
 * to one and not the other fails here. migrations-in-step.test.ts compares their migration
 * folders, and `npm run test:postgres` the databases they build.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import {
	createTableRelationsHelpers,
	extractTablesRelationalConfig,
	getTableName,
	is,
	One
} from 'drizzle-orm';
import { PgTable } from 'drizzle-orm/pg-core';
import { SQLiteTable } from 'drizzle-orm/sqlite-core';
import { describe, expect, it } from 'vitest';
import * as sqliteSchema from '../schema/sqlite';
import { onPostgres } from '../engine';
import * as pgSchema from './index';
import { pgShape, pgTables, sqliteShape, sqliteTables } from '$tests/fixtures/schema-shapes';

const here = import.meta.dirname;
const sqliteDir = join(here, '..', 'schema');

describe('the PostgreSQL schema is in step with SQLite’s', () => {
	it('has the same tables', () => {
		expect(sqliteTables.size).toBeGreaterThan(30);
		expect([...pgTables.keys()].sort()).toEqual([...sqliteTables.keys()].sort());
	});

	it.each([...sqliteTables.keys()].sort())(
		'%s: same columns, keys, uniques, foreign keys, indexes and checks',
		(name) => {
			const pg = pgTables.get(name);
			expect(pg, `schema-pg has no table ${name}`).toBeDefined();
			const sqlite = sqliteShape(sqliteTables.get(name)!);
			const twin = pgShape(pg!);
			expect(Object.keys(twin.columns).sort()).toEqual(Object.keys(sqlite.columns).sort());
			expect(twin).toEqual(sqlite);
		}
	);

	it('has the same files, each exporting the same names', async () => {
		const sources = (dir: string) =>
			readdirSync(dir)
				.filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
				.sort();
		// schema/sqlite.ts is SQLite's index; schema/index.ts chooses between the two (below).
		const twinOf = (file: string) => (file === 'sqlite.ts' ? 'index.ts' : file);
		const sqliteSources = sources(sqliteDir).filter((file) => file !== 'index.ts');
		expect(sources(here)).toEqual(sqliteSources.map(twinOf).sort());
		for (const file of sqliteSources) {
			const sqlite: Record<string, unknown> = await import(`../schema/${file}`);
			const pg: Record<string, unknown> = await import(`./${twinOf(file)}`);
			expect(Object.keys(pg).sort(), file).toEqual(Object.keys(sqlite).sort());
			for (const [key, value] of Object.entries(sqlite)) {
				if (is(value, SQLiteTable)) {
					expect(getTableName(pg[key] as PgTable), `${file}: ${key}`).toBe(getTableName(value));
				}
			}
		}
	});

	it('is what schema/index.ts gives the services, every table and relation of it', async () => {
		const chosen: Record<string, unknown> = await import('../schema');
		const engine: Record<string, unknown> = onPostgres ? await import('.') : sqliteSchema;
		expect(Object.keys(chosen).sort()).toEqual(Object.keys(sqliteSchema).sort());
		for (const key of Object.keys(sqliteSchema)) expect(chosen[key], key).toBe(engine[key]);
	});

	it('has the same relations for relational reads', () => {
		const relationsOf = (schema: Record<string, unknown>) => {
			const { tables } = extractTablesRelationalConfig(schema, createTableRelationsHelpers);
			return Object.fromEntries(
				Object.entries(tables).map(([key, table]) => [
					key,
					Object.fromEntries(
						Object.entries(table.relations).map(([field, relation]) => {
							const one = is(relation, One) ? relation : undefined;
							return [
								field,
								{
									kind: one ? 'one' : 'many',
									to: relation.referencedTableName,
									name: relation.relationName,
									fields: one?.config?.fields.map((column) => column.name),
									references: one?.config?.references.map((column) => column.name)
								}
							];
						})
					)
				])
			);
		};
		const sqlite = relationsOf(sqliteSchema);
		expect(Object.keys(sqlite.statements ?? {})).toContain('outcome');
		expect(relationsOf(pgSchema)).toEqual(sqlite);
	});
});
