import { boolean, text, timestamp as timestampTz } from 'drizzle-orm/pg-core';
import { newId } from '../../ids';

/*
 * The PostgreSQL twin of schema/columns.ts (ADR 45): the same column builders, with
 * PostgreSQL's own types where SQLite has only integers and text.
 */

/** A random text id: unguessable, so an id in a URL reveals nothing about how many records exist. */
export const id = () =>
	text('id')
		.primaryKey()
		.$defaultFn(() => newId());

/** A moment in time: SQLite keeps milliseconds since the epoch, PostgreSQL a `timestamptz`. */
export const timestamp = (name: string) => timestampTz(name, { withTimezone: true, mode: 'date' });

export const createdAt = () =>
	timestamp('created_at')
		.notNull()
		.$defaultFn(() => new Date());

/** SQLite keeps a flag as 0 or 1; PostgreSQL has `boolean`. */
export const flag = (name: string) => boolean(name);
