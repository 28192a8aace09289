import { sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import type { AnySQLiteColumn, AnySQLiteTable } from 'drizzle-orm/sqlite-core';
import { onPostgres } from './engine';

/*
 * The few pieces of SQL that SQLite and PostgreSQL write differently (ADR 46). Everything else is
 * drizzle's own query builder, which writes each engine's SQL itself. Keep these few and small:
 * a fragment here is a fragment the other engine's tests must also run.
 */

/** A text field of a JSON column: SQLite's `json_extract`, PostgreSQL's `->>` on jsonb. */
export function jsonText(column: AnySQLiteColumn, key: string): SQL<string | null> {
	if (!/^\w+$/.test(key)) throw new Error(`Not a JSON key Heard uses: ${key}`);
	return onPostgres
		? sql`(${column} ->> ${sql.raw(`'${key}'`)})`
		: sql`json_extract(${column}, ${sql.raw(`'$.${key}'`)})`;
}

/** A string as a JSON value, to compare with a JSON column (a setting naming someone). */
export function asJsonString(value: string | SQLWrapper): SQL {
	return onPostgres ? sql`to_jsonb(${value}::text)` : sql`json_quote(${value})`;
}

/**
 * Rows of `table` in the order they were added, to tell apart rows stamped in the same
 * millisecond (ids are random). SQLite's rowid; PostgreSQL's transaction number for the row,
 * which grows with each transaction (each of these rows is added by a transaction of its own).
 */
export function insertionOrder(table: AnySQLiteTable): SQL<number> {
	return onPostgres ? sql`(${table}.xmin::text::bigint)` : sql`${table}.rowid`;
}

/**
 * A moment as the database is sent it, for a value passed to a placeholder inside `sql`, where
 * drizzle does not convert it: milliseconds in SQLite; in PostgreSQL, the ISO text that drizzle
 * itself sends for a timestamptz (its driver leaves dates to drizzle).
 */
export function storedMoment(moment: Date): number | string {
	return onPostgres ? moment.toISOString() : moment.getTime();
}
