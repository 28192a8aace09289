import { createHmac, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { databasePath } from '../db';
import { engineOf } from '../db/engine';

/**
 * Sign-in throttling and known places must tell one network address, or one
 * typed name, from another, but never need to know what it was. So both are
 * kept only as a keyed hash (docs/adr/0043-sign-in-places-keep-no-addresses.md):
 * a copy of the database holds no child's address and no password typed into
 * the name box, and without the key the hashes cannot be tried against every
 * address there is.
 *
 * The key is kept apart from the database: HEARD_PLACE_KEY where several
 * servers share one database; otherwise a file made beside the database on
 * first use; for a database in memory (tests), in memory. Losing it only
 * forgets known places, which a next sign-in learns again.
 */
let key: Buffer | undefined;

function keyFile(database: string): Buffer {
	const file = `${database}.place-key`;
	try {
		return readFileSync(file);
	} catch {
		mkdirSync(dirname(file), { recursive: true });
		const made = randomBytes(32);
		try {
			writeFileSync(file, made, { mode: 0o600, flag: 'wx' });
			return made;
		} catch {
			// Another process made it first: use theirs.
			return readFileSync(file);
		}
	}
}

function placeKey(): Buffer {
	if (key) return key;
	const database = databasePath();
	if (process.env.HEARD_PLACE_KEY) key = Buffer.from(process.env.HEARD_PLACE_KEY);
	else if (engineOf(database) === 'postgres') {
		// No file beside a database server; and each server must hash with the same key.
		throw new Error(
			'Set HEARD_PLACE_KEY (the same long random value on every server) to run on PostgreSQL.'
		);
	} else if (database === ':memory:' || database.includes('mode=memory')) key = randomBytes(32);
	else key = keyFile(database);
	return key;
}

/** The same value gives the same pseudonym; nothing gives the value back. */
export function pseudonym(kind: 'address' | 'name', value: string): string {
	return createHmac('sha256', placeKey()).update(`${kind}\0${value}`).digest('base64url');
}
