/*
 * The databases the two migration folders build are the same (ADR 45): drizzle-pg/ applied to a
 * new PostgreSQL database and drizzle/ applied to an in-memory SQLite, compared through their own
 * catalogues, and their triggers refusing the same writes with the same words.
 */
import type Database from 'better-sqlite3';
import { and, eq, is } from 'drizzle-orm';
import { PgTable } from 'drizzle-orm/pg-core';
import { getTableConfig, SQLiteTable, type SQLiteColumn } from 'drizzle-orm/sqlite-core';
import type postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as sqliteSchema from '../../src/lib/server/db/schema/sqlite';
import * as pgSchema from '../../src/lib/server/db/schema-pg';
import type { Role } from '../../src/lib/vocabulary';
import { migratedPostgres, migratedSqlite } from './database';

/** What both catalogues must agree on, table by table; lists are sorted. */
interface Catalogue {
	tables: string[];
	columns: Record<string, Record<string, { notNull: boolean; default: string | null }>>;
	primaryKeys: Record<string, string[]>;
	indexes: Record<string, string[]>;
	foreignKeys: Record<string, string[]>;
	triggers: string[];
}

const byTable = <T>(tables: string[], read: (table: string) => T): Record<string, T> =>
	Object.fromEntries(tables.map((table) => [table, read(table)]));

function sqliteCatalogue(sqlite: Database.Database): Catalogue {
	const names = (query: string) =>
		(sqlite.prepare(query).all() as { name: string }[]).map((row) => row.name).sort();
	const tables = names(
		"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__drizzle%'"
	);
	type Info = { name: string; notnull: number; dflt_value: string | null; pk: number };
	const info = (table: string) => sqlite.pragma(`table_info(${table})`) as Info[];
	return {
		tables,
		columns: byTable(tables, (table) =>
			Object.fromEntries(
				info(table).map((column) => [
					column.name,
					{ notNull: column.notnull === 1, default: column.dflt_value }
				])
			)
		),
		primaryKeys: byTable(tables, (table) =>
			info(table)
				.filter((column) => column.pk > 0)
				.sort((a, b) => a.pk - b.pk)
				.map((column) => column.name)
		),
		indexes: byTable(tables, (table) => {
			type Index = { name: string; unique: number; origin: string; partial: number };
			return (sqlite.pragma(`index_list(${table})`) as Index[])
				.filter((index) => index.origin !== 'pk')
				.map((index) => {
					const on = (sqlite.pragma(`index_info(${index.name})`) as { name: string }[]).map(
						(column) => column.name
					);
					return describeIndex(index.name, on, index.unique === 1, index.partial === 1);
				})
				.sort();
		}),
		foreignKeys: byTable(tables, (table) => {
			type Key = {
				id: number;
				table: string;
				from: string;
				to: string;
				on_update: string;
				on_delete: string;
			};
			const rows = sqlite.pragma(`foreign_key_list(${table})`) as Key[];
			const ids = [...new Set(rows.map((row) => row.id))];
			return ids
				.map((id) => {
					const parts = rows.filter((row) => row.id === id);
					const first = parts[0]!;
					return describeKey(
						parts.map((part) => part.from),
						first.table,
						parts.map((part) => part.to),
						first.on_delete,
						first.on_update
					);
				})
				.sort();
		}),
		triggers: names("SELECT name FROM sqlite_master WHERE type = 'trigger'")
	};
}

const describeIndex = (name: string, on: string[], unique: boolean, partial: boolean) =>
	`${unique ? 'unique ' : ''}${name} (${on.join(', ')})${partial ? ' partial' : ''}`;

const describeKey = (from: string[], table: string, to: string[], del: string, upd: string) =>
	`(${from.join(', ')}) -> ${table} (${to.join(', ')}) on delete ${del.toLowerCase()} on update ${upd.toLowerCase()}`;

/** A default as both write it: PostgreSQL adds a cast (`'letter'::text`), SQLite does not. */
const plainDefault = (value: string | null) => value?.replace(/::[\w ]+$/, '') ?? null;

const ACTIONS: Record<string, string> = {
	a: 'no action',
	r: 'restrict',
	c: 'cascade',
	n: 'set null',
	d: 'set default'
};

async function postgresCatalogue(sql: postgres.Sql): Promise<Catalogue> {
	const tables = (
		await sql<{ name: string }[]>`
			SELECT table_name AS name FROM information_schema.tables
			WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`
	)
		.map((row) => row.name)
		.sort();
	const columns = await sql<
		{ table: string; name: string; nullable: string; default: string | null }[]
	>`
		SELECT table_name AS table, column_name AS name, is_nullable AS nullable,
			column_default AS default
		FROM information_schema.columns WHERE table_schema = 'public'`;
	const indexes = await sql<
		{
			table: string;
			name: string;
			unique: boolean;
			primary: boolean;
			partial: boolean;
			on: string[];
		}[]
	>`
		SELECT t.relname AS table, i.relname AS name, x.indisunique AS unique,
			x.indisprimary AS primary, x.indpred IS NOT NULL AS partial,
			array(
				SELECT a.attname::text FROM unnest(x.indkey) WITH ORDINALITY AS k(attnum, n)
				JOIN pg_attribute a ON a.attrelid = x.indrelid AND a.attnum = k.attnum
				ORDER BY k.n
			) AS on
		FROM pg_index x
		JOIN pg_class i ON i.oid = x.indexrelid
		JOIN pg_class t ON t.oid = x.indrelid
		JOIN pg_namespace s ON s.oid = t.relnamespace
		WHERE s.nspname = 'public'`;
	const keys = await sql<
		{ table: string; to_table: string; from: string[]; to: string[]; del: string; upd: string }[]
	>`
		SELECT t.relname AS table, f.relname AS to_table, c.confdeltype AS del, c.confupdtype AS upd,
			array(
				SELECT a.attname::text FROM unnest(c.conkey) WITH ORDINALITY AS k(attnum, n)
				JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum ORDER BY k.n
			) AS from,
			array(
				SELECT a.attname::text FROM unnest(c.confkey) WITH ORDINALITY AS k(attnum, n)
				JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.attnum ORDER BY k.n
			) AS to
		FROM pg_constraint c
		JOIN pg_class t ON t.oid = c.conrelid
		JOIN pg_class f ON f.oid = c.confrelid
		JOIN pg_namespace s ON s.oid = t.relnamespace
		WHERE c.contype = 'f' AND s.nspname = 'public'`;
	const triggers = await sql<{ name: string }[]>`
		SELECT tgname AS name FROM pg_trigger WHERE NOT tgisinternal`;
	return {
		tables,
		columns: byTable(tables, (table) =>
			Object.fromEntries(
				columns
					.filter((column) => column.table === table)
					.map((column) => [
						column.name,
						{ notNull: column.nullable === 'NO', default: plainDefault(column.default) }
					])
			)
		),
		primaryKeys: byTable(
			tables,
			(table) => indexes.find((index) => index.table === table && index.primary)?.on ?? []
		),
		indexes: byTable(tables, (table) =>
			indexes
				.filter((index) => index.table === table && !index.primary)
				.map((index) => describeIndex(index.name, index.on, index.unique, index.partial))
				.sort()
		),
		foreignKeys: byTable(tables, (table) =>
			keys
				.filter((key) => key.table === table)
				.map((key) =>
					describeKey(key.from, key.to_table, key.to, ACTIONS[key.del]!, ACTIONS[key.upd]!)
				)
				.sort()
		),
		triggers: triggers.map((row) => row.name).sort()
	};
}

/** PostgreSQL's type for each kind of SQLite column, as ADR 45 maps them. */
function expectedPostgresTypes(column: SQLiteColumn): string[] {
	const mode = (column as SQLiteColumn & { mode?: string }).mode;
	if (column.columnType === 'SQLiteTimestamp' && mode === 'timestamp_ms')
		return ['timestamp with time zone'];
	if (column.columnType === 'SQLiteBoolean') return ['boolean'];
	if (column.columnType === 'SQLiteInteger') return ['integer', 'bigint'];
	if (column.columnType === 'SQLiteTextJson') return ['jsonb'];
	if (column.columnType === 'SQLiteText') return ['text'];
	if (column.columnType === 'SQLiteBlobBuffer') return ['bytea'];
	return [`no PostgreSQL type for ${column.columnType}`];
}

/** The innermost error's words: drizzle wraps a driver's error in its own ("Failed query"). */
function rootMessage(error: unknown): string {
	let inner = error;
	while (inner instanceof Error && inner.cause instanceof Error) inner = inner.cause;
	return inner instanceof Error ? inner.message : String(inner);
}

async function refusal(run: () => Promise<unknown>): Promise<string> {
	try {
		await run();
		return 'done';
	} catch (error) {
		return rootMessage(error);
	}
}

const APPEND_ONLY = 'audit_events is append-only';
const READS_NOTHING = 'an administrator cannot hold a role that reads statements';

/** The writes the triggers judge, on either database, through drizzle and its own schema. */
interface Engine {
	addUser(id: string): Promise<void>;
	addRole(userId: string, role: Role): Promise<string>;
	changeRole(userId: string, from: Role, to: Role): Promise<string>;
	roles(userId: string): Promise<string[]>;
	audit(action: string): Promise<string>;
	changeAudit(): Promise<string>;
	forgetAudit(): Promise<string>;
	auditActions(): Promise<string[]>;
}

let pg: Awaited<ReturnType<typeof migratedPostgres>>;
let lite: ReturnType<typeof migratedSqlite>;

beforeAll(async () => {
	pg = await migratedPostgres();
	lite = migratedSqlite();
});

afterAll(async () => {
	lite?.sqlite.close();
	await pg?.drop();
});

function sqliteEngine(): Engine {
	const { db } = lite;
	const s = sqliteSchema;
	return {
		async addUser(id) {
			await db.insert(s.users).values({ id, displayName: id, firstName: id });
		},
		addRole: (userId, role) => refusal(() => db.insert(s.userRoles).values({ userId, role })),
		changeRole: (userId, from, to) =>
			refusal(() =>
				db
					.update(s.userRoles)
					.set({ role: to })
					.where(and(eq(s.userRoles.userId, userId), eq(s.userRoles.role, from)))
			),
		roles: async (userId) =>
			(await db.select().from(s.userRoles).where(eq(s.userRoles.userId, userId)))
				.map((row) => row.role)
				.sort(),
		audit: (action) =>
			refusal(() => db.insert(s.auditEvents).values({ at: new Date(), action, detail: { n: 1 } })),
		changeAudit: () => refusal(() => db.update(s.auditEvents).set({ action: 'changed' })),
		forgetAudit: () => refusal(() => db.delete(s.auditEvents)),
		auditActions: async () =>
			(await db.select().from(s.auditEvents)).map((row) => row.action).sort()
	};
}

function postgresEngine(): Engine {
	const { db } = pg;
	const s = pgSchema;
	return {
		async addUser(id) {
			await db.insert(s.users).values({ id, displayName: id, firstName: id });
		},
		addRole: (userId, role) => refusal(() => db.insert(s.userRoles).values({ userId, role })),
		changeRole: (userId, from, to) =>
			refusal(() =>
				db
					.update(s.userRoles)
					.set({ role: to })
					.where(and(eq(s.userRoles.userId, userId), eq(s.userRoles.role, from)))
			),
		roles: async (userId) =>
			(await db.select().from(s.userRoles).where(eq(s.userRoles.userId, userId)))
				.map((row) => row.role)
				.sort(),
		audit: (action) =>
			refusal(() => db.insert(s.auditEvents).values({ at: new Date(), action, detail: { n: 1 } })),
		changeAudit: () => refusal(() => db.update(s.auditEvents).set({ action: 'changed' })),
		forgetAudit: () => refusal(() => db.delete(s.auditEvents)),
		auditActions: async () =>
			(await db.select().from(s.auditEvents)).map((row) => row.action).sort()
	};
}

describe('the databases drizzle/ and drizzle-pg/ build', () => {
	let fromSqlite: Catalogue;
	let fromPostgres: Catalogue;
	beforeAll(async () => {
		fromSqlite = sqliteCatalogue(lite.sqlite);
		fromPostgres = await postgresCatalogue(pg.sql);
	});

	it('have the same tables', () => {
		expect(fromSqlite.tables.length).toBeGreaterThan(30);
		expect(fromPostgres.tables).toEqual(fromSqlite.tables);
	});

	it('have the same columns, each as nullable and with the same default', () => {
		expect(fromSqlite.columns.users?.active).toEqual({ notNull: true, default: 'true' });
		expect(fromPostgres.columns).toEqual(fromSqlite.columns);
	});

	it('have the same primary keys', () => {
		expect(fromSqlite.primaryKeys.user_roles).toEqual(['user_id', 'role']);
		expect(fromPostgres.primaryKeys).toEqual(fromSqlite.primaryKeys);
	});

	it('have the same indexes: names, columns in order, unique or not, partial or not', () => {
		expect(fromSqlite.indexes.statements).toContain(
			'statements_urgent_sent_idx (sent_at, young_person_id, acknowledged_at, out_of_hours) partial'
		);
		expect(fromSqlite.indexes.users).toContain('unique users_email_unique (email)');
		expect(fromPostgres.indexes).toEqual(fromSqlite.indexes);
	});

	it('have the same foreign keys, with the same actions', () => {
		expect(fromSqlite.foreignKeys.sessions).toEqual([
			'(user_id) -> users (id) on delete cascade on update no action'
		]);
		expect(fromPostgres.foreignKeys).toEqual(fromSqlite.foreignKeys);
	});

	it('have every trigger SQLite has, by name', () => {
		expect(fromSqlite.triggers).toContain('audit_events_no_delete');
		const missing = fromSqlite.triggers.filter((name) => !fromPostgres.triggers.includes(name));
		expect(missing).toEqual([]);
	});

	it('give each column the PostgreSQL type its SQLite column maps to', async () => {
		const types = await pg.sql<{ table: string; name: string; type: string }[]>`
			SELECT table_name AS table, column_name AS name, data_type AS type
			FROM information_schema.columns WHERE table_schema = 'public'`;
		const found = new Map(types.map((row) => [`${row.table}.${row.name}`, row.type]));
		const wrong: string[] = [];
		for (const table of Object.values(sqliteSchema)) {
			if (!is(table, SQLiteTable)) continue;
			const config = getTableConfig(table);
			for (const column of config.columns) {
				const key = `${config.name}.${column.name}`;
				const type = found.get(key) ?? 'missing';
				if (!expectedPostgresTypes(column).includes(type)) wrong.push(`${key}: ${type}`);
			}
		}
		expect(found.get('statements.sent_at')).toBe('timestamp with time zone');
		expect(wrong).toEqual([]);
	});

	it('ship the same bank holidays', async () => {
		const sqliteDays = lite.sqlite
			.prepare('SELECT nation, date, name FROM bank_holidays ORDER BY nation, date')
			.all();
		const pgDays = await pg.sql`SELECT nation, date, name FROM bank_holidays ORDER BY nation, date`;
		expect(sqliteDays.length).toBeGreaterThan(0);
		expect([...pgDays]).toEqual(sqliteDays);
	});
});

describe.each([
	['SQLite', sqliteEngine],
	['PostgreSQL', postgresEngine]
])('%s’s triggers', (_, engine) => {
	it('keep an audit event and refuse to change or delete it', async () => {
		const db = engine();
		expect(await db.audit('sign_in')).toBe('done');
		expect(await db.changeAudit()).toBe(APPEND_ONLY);
		expect(await db.forgetAudit()).toBe(APPEND_ONLY);
		expect(await db.auditActions()).toEqual(['sign_in']);
	});

	it('refuse an administrator a role that reads statements, and the other way round', async () => {
		const db = engine();
		await db.addUser('admin1');
		expect(await db.addRole('admin1', 'admin')).toBe('done');
		expect(await db.addRole('admin1', 'worker')).toBe(READS_NOTHING);
		await db.addUser('worker1');
		expect(await db.addRole('worker1', 'worker')).toBe('done');
		expect(await db.addRole('worker1', 'admin')).toBe(READS_NOTHING);
		expect(await db.addRole('worker1', 'young_person')).toBe('done');
		expect(await db.changeRole('worker1', 'young_person', 'admin')).toBe(READS_NOTHING);
		// The row being changed does not count against itself.
		expect(await db.changeRole('worker1', 'worker', 'admin')).toBe('done');
		expect(await db.roles('worker1')).toEqual(['admin', 'young_person']);
		expect(await db.roles('admin1')).toEqual(['admin']);
	});
});

describe('PostgreSQL alone', () => {
	it('has every table and column schema-pg/ names, as drizzle reads them', async () => {
		const tables = Object.values(pgSchema).filter((value) => is(value, PgTable));
		expect(tables.length).toBeGreaterThan(30);
		for (const table of tables) await pg.db.select().from(table).limit(1);
	});

	it('refuses to empty the audit log with TRUNCATE, which skips row triggers', async () => {
		await pg.db.insert(pgSchema.auditEvents).values({ at: new Date(), action: 'sign_out' });
		expect(await refusal(() => pg.sql`TRUNCATE audit_events`)).toBe(APPEND_ONLY);
		const [kept] = await pg.sql<{ count: number }[]>`
			SELECT count(*)::int AS count FROM audit_events`;
		expect(kept?.count).toBeGreaterThan(0);
	});

	it('lets two role writes for one account at once pass the check one after the other', async () => {
		await pg.db
			.insert(pgSchema.users)
			.values({ id: 'both1', displayName: 'Both', firstName: 'Both' });
		const first = await pg.sql.reserve();
		const second = await pg.sql.reserve();
		let outcome: string;
		try {
			await first`BEGIN`;
			await second`BEGIN`;
			await first`INSERT INTO user_roles (user_id, role) VALUES ('both1', 'admin')`;
			// Waits for the first transaction's lock on the account, then sees its admin row.
			const waiting = refusal(
				() => second`INSERT INTO user_roles (user_id, role) VALUES ('both1', 'worker')`
			);
			await new Promise((resolve) => setTimeout(resolve, 200));
			await first`COMMIT`;
			outcome = await waiting;
		} finally {
			await second`ROLLBACK`.catch(() => {});
			first.release();
			second.release();
		}
		expect(outcome).toBe(READS_NOTHING);
		const roles = await pg.sql`SELECT role FROM user_roles WHERE user_id = 'both1'`;
		expect(roles.map((row) => row.role)).toEqual(['admin']);
	});

	it('keeps JSON, moments and a voice note’s bytes as they were written', async () => {
		const at = new Date('2026-03-01T09:30:00.123Z');
		const [event] = await pg.db
			.insert(pgSchema.auditEvents)
			.values({ at, action: 'json_kept', detail: { name: 'x', nested: [1, 2] } })
			.returning();
		expect(event!.id).toBeGreaterThan(0);
		const [read] = await pg.db
			.select()
			.from(pgSchema.auditEvents)
			.where(eq(pgSchema.auditEvents.id, event!.id));
		expect(read!.at.toISOString()).toBe(at.toISOString());
		expect(read!.detail).toEqual({ name: 'x', nested: [1, 2] });

		const [team] = await pg.db.insert(pgSchema.teams).values({ name: 'Bytes team' }).returning();
		const [child] = await pg.db
			.insert(pgSchema.youngPeople)
			.values({
				preferredName: 'Sam',
				dateOfBirth: '2012-01-01',
				legalStatus: 'foster',
				placementType: 'foster_carer',
				caseReference: 'C1',
				teamId: team!.id
			})
			.returning();
		const bytes = Buffer.from([0, 1, 2, 254, 255]);
		await pg.db.insert(pgSchema.draftVoiceNotes).values({
			youngPersonId: child!.id,
			templateId: 't',
			questionId: 'q',
			contentType: 'audio/wav',
			bytes,
			size: bytes.length,
			digest: 'd'
		});
		const [note] = await pg.db.select().from(pgSchema.draftVoiceNotes);
		expect(Buffer.isBuffer(note!.bytes)).toBe(true);
		expect(note!.bytes.equals(bytes)).toBe(true);
		expect(child!.simpleMode).toBeNull();
		expect(child!.readAloud).toBe(false);
	});
});
