/*
 * SQLite's schema (schema/) and PostgreSQL's (schema-pg/) describe the same tables (ADR 45).
 * This reads both as drizzle sees them, with no database: a table, column, key or index added
 * to one and not the other fails here. `npm run test:postgres` then compares the databases the
 * two migration folders build.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
	createTableRelationsHelpers,
	extractTablesRelationalConfig,
	getTableName,
	is,
	One,
	SQL,
	type Column,
	type Table
} from 'drizzle-orm';
import { getTableConfig as pgTableConfig, PgDialect, PgTable } from 'drizzle-orm/pg-core';
import {
	getTableConfig as sqliteTableConfig,
	SQLiteSyncDialect,
	SQLiteTable
} from 'drizzle-orm/sqlite-core';
import { describe, expect, it } from 'vitest';
import * as sqliteSchema from '../schema/sqlite';
import { onPostgres } from '../engine';
import * as pgSchema from './index';

const here = import.meta.dirname;
const sqliteDir = join(here, '..', 'schema');
const root = join(here, '..', '..', '..', '..', '..');

/** Everything that decides what a column holds and how the database treats it. */
interface ColumnShape {
	kind: string;
	notNull: boolean;
	primary: boolean;
	generated: boolean;
	default: unknown;
	defaultFn: boolean;
	enumValues: string[] | undefined;
}

/** A table as both databases must agree on it; lists are sorted so order of declaration is free. */
interface TableShape {
	columns: Record<string, ColumnShape>;
	primaryKey: string[];
	uniques: string[];
	foreignKeys: string[];
	indexes: string[];
	checks: string[];
}

/** The kind of value a column holds, in words both dialects map to (ADR 45's table). */
function sqliteKind(column: Column): string {
	switch (column.columnType) {
		case 'SQLiteText':
			return 'text';
		case 'SQLiteTextJson':
			return 'json';
		case 'SQLiteBoolean':
			return 'boolean';
		case 'SQLiteInteger':
			return 'integer';
		case 'SQLiteBlobBuffer':
			return 'bytes';
		case 'SQLiteTimestamp':
			return (column as Column & { mode?: string }).mode === 'timestamp_ms'
				? 'moment'
				: 'SQLiteTimestamp (seconds)';
		default:
			return column.columnType;
	}
}

function pgKind(column: Column): string {
	switch (column.columnType) {
		case 'PgText':
			return 'text';
		case 'PgJsonb':
			return 'json';
		case 'PgBoolean':
			return 'boolean';
		case 'PgInteger':
		case 'PgBigInt53':
			return 'integer';
		case 'PgCustomColumn':
			return column.getSQLType() === 'bytea' ? 'bytes' : column.getSQLType();
		case 'PgTimestamp':
			return (column as Column & { withTimezone?: boolean }).withTimezone
				? 'moment'
				: 'PgTimestamp (without time zone)';
		default:
			return column.columnType;
	}
}

function columnShape(column: Column, kind: string, generated: boolean): ColumnShape {
	return {
		kind,
		notNull: column.notNull,
		primary: column.primary,
		generated,
		default: column.default,
		defaultFn: column.defaultFn !== undefined,
		enumValues: column.enumValues
	};
}

type Config = ReturnType<typeof sqliteTableConfig> | ReturnType<typeof pgTableConfig>;

/** An index column's name, or its expression. */
function indexed(part: unknown, render: (sql: SQL) => string): string {
	if (is(part, SQL)) return render(part);
	return (part as { name: string }).name;
}

function tableShape(
	config: Config,
	columns: Record<string, ColumnShape>,
	render: (sql: SQL) => string,
	where: (sql: SQL) => string
): TableShape {
	const composite = config.primaryKeys.flatMap((key) => key.columns.map((column) => column.name));
	const single = config.columns.filter((column) => column.primary).map((column) => column.name);
	const uniques = [
		...config.uniqueConstraints.map(
			(unique) => `${unique.getName()} (${unique.columns.map((column) => column.name).join(', ')})`
		),
		...config.columns
			.filter((column) => column.isUnique)
			.map((column) => `${column.uniqueName} (${column.name})`)
	];
	const foreignKeys = config.foreignKeys.map((key) => {
		const reference = key.reference();
		const from = reference.columns.map((column) => column.name).join(', ');
		const to = reference.foreignColumns.map((column) => column.name).join(', ');
		return (
			`${key.getName()}: (${from}) -> ${getTableName(reference.foreignTable)} (${to})` +
			` on delete ${key.onDelete ?? 'no action'} on update ${key.onUpdate ?? 'no action'}`
		);
	});
	const indexes = config.indexes.map((index) => {
		const { name, unique, columns: on, where: condition } = index.config;
		const parts = (on as unknown[]).map((part) => indexed(part, render)).join(', ');
		return (
			`${unique ? 'unique ' : ''}${name} (${parts})` +
			(condition ? ` where ${where(condition)}` : '')
		);
	});
	return {
		columns,
		primaryKey: composite.length > 0 ? composite : single,
		uniques: uniques.sort(),
		foreignKeys: foreignKeys.sort(),
		indexes: indexes.sort(),
		checks: config.checks.map((check) => check.name).sort()
	};
}

const sqliteDialect = new SQLiteSyncDialect();
const pgDialect = new PgDialect();
const squash = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

function sqliteShape(table: SQLiteTable): TableShape {
	const config = sqliteTableConfig(table);
	const columns = Object.fromEntries(
		config.columns.map((column) => [
			column.name,
			columnShape(
				column,
				sqliteKind(column),
				(column as Column & { autoIncrement?: boolean }).autoIncrement === true
			)
		])
	);
	const flags = config.columns
		.filter((column) => column.columnType === 'SQLiteBoolean')
		.map((column) => column.name);
	const render = (sql: SQL) => squash(sqliteDialect.sqlToQuery(sql).sql);
	// SQLite keeps a flag as 0 or 1, PostgreSQL as a boolean: `urgent = 1` is `urgent = true`.
	const where = (sql: SQL) =>
		flags.reduce(
			(text, flag) =>
				text
					.replace(new RegExp(`\\b${flag} = 1\\b`, 'g'), `${flag} = true`)
					.replace(new RegExp(`\\b${flag} = 0\\b`, 'g'), `${flag} = false`),
			render(sql)
		);
	return tableShape(config, columns, render, where);
}

function pgShape(table: PgTable): TableShape {
	const config = pgTableConfig(table);
	const columns = Object.fromEntries(
		config.columns.map((column) => [
			column.name,
			columnShape(column, pgKind(column), column.generatedIdentity !== undefined)
		])
	);
	const render = (sql: SQL) => squash(pgDialect.sqlToQuery(sql).sql);
	return tableShape(config, columns, render, render);
}

function tablesOf<T extends Table>(
	schema: Record<string, unknown>,
	kind: typeof SQLiteTable | typeof PgTable
): Map<string, T> {
	const tables = Object.values(schema).filter((value): value is T => is(value, kind));
	return new Map(tables.map((table) => [getTableName(table), table]));
}

const sqliteTables = tablesOf<SQLiteTable>(sqliteSchema, SQLiteTable);
const pgTables = tablesOf<PgTable>(pgSchema, PgTable);

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

describe('drizzle-pg/ was generated from this schema', () => {
	it('has, in its last snapshot, every table, column, index, unique and foreign key here', () => {
		const journal = JSON.parse(
			readFileSync(join(root, 'drizzle-pg', 'meta', '_journal.json'), 'utf8')
		) as {
			entries: { idx: number }[];
		};
		const last = String(journal.entries.at(-1)!.idx).padStart(4, '0');
		type Snapshot = {
			tables: Record<
				string,
				{ name: string } & Record<
					'columns' | 'indexes' | 'uniqueConstraints' | 'foreignKeys',
					object
				>
			>;
		};
		const snapshot = JSON.parse(
			readFileSync(join(root, 'drizzle-pg', 'meta', `${last}_snapshot.json`), 'utf8')
		) as Snapshot;
		const names = (record: object) => Object.keys(record).sort();
		const generated = Object.fromEntries(
			Object.values(snapshot.tables).map((table) => [
				table.name,
				{
					columns: names(table.columns),
					indexes: names(table.indexes),
					uniques: names(table.uniqueConstraints),
					foreignKeys: names(table.foreignKeys)
				}
			])
		);
		const here = Object.fromEntries(
			[...pgTables.values()].map((table) => {
				const config = pgTableConfig(table);
				return [
					config.name,
					{
						columns: config.columns.map((column) => column.name).sort(),
						indexes: config.indexes.map((index) => index.config.name!).sort(),
						uniques: [
							...config.uniqueConstraints.map((unique) => unique.getName()),
							...config.columns
								.filter((column) => column.isUnique)
								.map((column) => column.uniqueName!)
						].sort(),
						foreignKeys: config.foreignKeys.map((key) => key.getName()).sort()
					}
				];
			})
		);
		// After a change here: npx drizzle-kit generate --config drizzle-pg.config.ts
		expect(generated).toEqual(here);
	});
});

/** Trigger names a migration folder leaves in place, applying its files in the journal's order. */
function triggersLeft(folder: string): { names: Set<string>; sql: string } {
	const journal = JSON.parse(readFileSync(join(folder, 'meta', '_journal.json'), 'utf8')) as {
		entries: { tag: string }[];
	};
	const names = new Set<string>();
	let sql = '';
	for (const { tag } of journal.entries) {
		const text = readFileSync(join(folder, `${tag}.sql`), 'utf8');
		sql += text;
		const statements = text.matchAll(
			/\b(CREATE|DROP)\s+TRIGGER\s+(?:IF\s+(?:NOT\s+)?EXISTS\s+)?[`"]?(\w+)[`"]?/gi
		);
		for (const [, verb, name] of statements) {
			if (verb!.toUpperCase() === 'CREATE') names.add(name!);
			else names.delete(name!);
		}
	}
	return { names, sql };
}

describe('the PostgreSQL migrations keep SQLite’s triggers', () => {
	const sqlite = triggersLeft(join(root, 'drizzle'));
	const pg = triggersLeft(join(root, 'drizzle-pg'));

	it('have a twin, by name, of every trigger SQLite’s migrations leave in place', () => {
		expect(sqlite.names).toContain('audit_events_no_update');
		expect(sqlite.names).toContain('user_roles_admin_reads_nothing');
		const missing = [...sqlite.names].filter((name) => !pg.names.has(name));
		expect(missing).toEqual([]);
	});

	it('refuse with the same words as SQLite’s triggers', () => {
		const messages = [...sqlite.sql.matchAll(/RAISE\s*\(\s*ABORT\s*,\s*'([^']+)'\s*\)/gi)].map(
			(match) => match[1]!
		);
		expect(messages).toContain('audit_events is append-only');
		for (const message of new Set(messages)) {
			expect(pg.sql, message).toMatch(new RegExp(`RAISE EXCEPTION '${message}'`));
		}
	});
});
