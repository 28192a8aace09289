import { integer, text } from 'drizzle-orm/sqlite-core';
import { newId } from '../../ids';

/** A random text id: unguessable, so an id in a URL reveals nothing about how many records exist. */
export const id = () =>
	text('id')
		.primaryKey()
		.$defaultFn(() => newId());

/** Milliseconds since the epoch; reports aggregate on these with plain integer maths. */
export const timestamp = (name: string) => integer(name, { mode: 'timestamp_ms' });

export const createdAt = () =>
	timestamp('created_at')
		.notNull()
		.$defaultFn(() => new Date());

export const flag = (name: string) => integer(name, { mode: 'boolean' });
