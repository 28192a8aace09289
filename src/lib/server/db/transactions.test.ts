import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { recordAuditEvent } from '../audit';
import { getSetting, setSetting } from '../settings';
import { openDatabase } from './connection';
import { db } from '.';
import { auditEvents, settings } from './schema';

const eventsAbout = (database: ReturnType<typeof db>, subjectId: string) =>
	database.select().from(auditEvents).where(eq(auditEvents.subjectId, subjectId)).all();

describe('a write helper', () => {
	// A second connection: whatever the helper writes must land where its handle points, not on the app's own.
	const other = openDatabase(':memory:');
	afterAll(() => other.$client.close());

	it('writes through the transaction it is given, not through the app connection', () => {
		other.transaction((tx) =>
			recordAuditEvent(tx, { actorId: null, action: 'sign_out', subjectId: 'through-the-handle' })
		);
		expect(eventsAbout(other, 'through-the-handle')).toHaveLength(1);
		expect(eventsAbout(db(), 'through-the-handle')).toHaveLength(0);

		other.transaction((tx) => setSetting(tx, 'responseWorkingDays', 7));
		expect(
			other.select().from(settings).where(eq(settings.key, 'responseWorkingDays')).get()?.value
		).toBe(7);
		expect(getSetting('responseWorkingDays')).toBe(2);
	});

	it('writes nothing when its transaction rolls back', () => {
		expect(() =>
			db().transaction((tx) => {
				recordAuditEvent(tx, { actorId: null, action: 'sign_out', subjectId: 'rolled-back' });
				tx.rollback();
			})
		).toThrow();
		expect(eventsAbout(db(), 'rolled-back')).toHaveLength(0);
	});
});

describe('inside a transaction', () => {
	it('the app connection is refused, so a helper that forgot its handle fails a test', () => {
		expect(() => db().transaction(() => db().select().from(auditEvents).all())).toThrow(
			'use the handle the transaction was given'
		);
		// And the connection is usable again once the transaction is over.
		expect(() => db().select().from(auditEvents).all()).not.toThrow();
	});
});

/** Every `.transaction(` callback in the server code, as [where, body]. */
function transactionCallbacks(dir: string): [string, string][] {
	const found: [string, string][] = [];
	for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
		if (!entry.isFile() || !entry.name.endsWith('.ts') || entry.name.endsWith('.test.ts')) continue;
		const path = join(entry.parentPath, entry.name);
		const source = readFileSync(path, 'utf8');
		for (
			let at = source.indexOf('.transaction(');
			at !== -1;
			at = source.indexOf('.transaction(', at + 1)
		) {
			const open = at + '.transaction'.length;
			let depth = 0;
			let end = open;
			for (; end < source.length; end++) {
				if (source[end] === '(') depth++;
				if (source[end] === ')' && --depth === 0) break;
			}
			found.push([
				`${relative(process.cwd(), path)}:${source.slice(0, at).split('\n').length}`,
				source.slice(open + 1, end)
			]);
		}
	}
	return found;
}

describe('the server code', () => {
	const callbacks = transactionCallbacks(join(process.cwd(), 'src/lib/server'));

	it('has transactions to look at (the scan finds them)', () => {
		expect(callbacks.length).toBeGreaterThan(30);
	});

	it('never reaches for db() inside a transaction callback', () => {
		const offending = callbacks.filter(([, body]) => /\bdb\(\)/.test(body)).map(([where]) => where);
		expect(offending).toEqual([]);
	});
});
