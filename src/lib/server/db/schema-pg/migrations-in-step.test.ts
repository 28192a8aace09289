/*
 * PostgreSQL's migrations (drizzle-pg/) are generated from schema-pg/ and keep every trigger
 * SQLite's migrations (drizzle/) leave in place, under the same name (ADR 45).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getTableConfig as pgTableConfig } from 'drizzle-orm/pg-core';
import { describe, expect, it } from 'vitest';
import { pgTables } from '$tests/fixtures/schema-shapes';

const root = join(import.meta.dirname, '..', '..', '..', '..', '..');

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
