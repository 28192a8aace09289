import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { recordAuditEvent } from '../audit';
import { getSetting, setSetting } from '../settings';
import { openDatabase, type Reader, type Tx } from './connection';
import { db, transaction } from '.';
import { onPostgres } from './engine';
import { auditEvents, settings } from './schema';

const eventsAbout = async (database: Reader, subjectId: string) =>
	await database.select().from(auditEvents).where(eq(auditEvents.subjectId, subjectId));

describe('a write helper', () => {
	// A second connection: whatever the helper writes must land where its handle points, not on the app's own.
	const other = openDatabase(':memory:');
	afterAll(() => other.$client.close());

	/**
	 * A transaction on the second connection, begun and committed as `transaction()` does for the
	 * app's own. Only `transaction()` makes a Tx; here one is lent to the other connection on purpose.
	 */
	async function onOther<T>(write: (tx: Tx) => Promise<T>): Promise<T> {
		other.$client.exec('BEGIN IMMEDIATE');
		try {
			const result = await write(other as Tx);
			other.$client.exec('COMMIT');
			return result;
		} catch (error) {
			if (other.$client.inTransaction) other.$client.exec('ROLLBACK');
			throw error;
		}
	}

	it('writes through the transaction it is given, not through the app connection', async () => {
		await onOther((tx) =>
			recordAuditEvent(tx, { actorId: null, action: 'sign_out', subjectId: 'through-the-handle' })
		);
		expect(await eventsAbout(other, 'through-the-handle')).toHaveLength(1);
		expect(await eventsAbout(db(), 'through-the-handle')).toHaveLength(0);

		await onOther((tx) => setSetting(tx, 'responseWorkingDays', 7));
		expect(
			(
				await other.select().from(settings).where(eq(settings.key, 'responseWorkingDays')).limit(1)
			)[0]?.value
		).toBe(7);
		expect(await getSetting('responseWorkingDays')).toBe(2);
	});

	it('writes through the handle transaction() gives it, stored once the transaction ends', async () => {
		const seenInside = await transaction(async (tx) => {
			await recordAuditEvent(tx, { actorId: null, action: 'sign_out', subjectId: 'given-handle' });
			return (await eventsAbout(tx, 'given-handle')).length;
		});
		expect(seenInside).toBe(1);
		expect(await eventsAbout(db(), 'given-handle')).toHaveLength(1);
	});

	it('writes nothing when its transaction throws', async () => {
		let seenInside = 0;
		await expect(
			transaction(async (tx) => {
				await recordAuditEvent(tx, { actorId: null, action: 'sign_out', subjectId: 'rolled-back' });
				seenInside = (await eventsAbout(tx, 'rolled-back')).length;
				throw new Error('Something after the write failed.');
			})
		).rejects.toThrow('Something after the write failed.');
		// It was written inside the transaction, and rolled back with it.
		expect(seenInside).toBe(1);
		expect(await eventsAbout(db(), 'rolled-back')).toHaveLength(0);
	});
});

describe('inside a transaction', () => {
	it('the app connection is refused, so a helper that forgot its handle fails a test', async () => {
		await expect(transaction(async () => await db().select().from(auditEvents))).rejects.toThrow(
			'use the handle the transaction was given'
		);
		// And the connection is usable again once the transaction is over.
		await expect(db().select().from(auditEvents)).resolves.toEqual(expect.any(Array));
	});

	it('work it started that runs after it has ended may use the app connection', async () => {
		let later: Promise<unknown> | undefined;
		await transaction(async () => {
			later = new Promise((resolve) => setTimeout(resolve, 0)).then(() =>
				db().select().from(auditEvents)
			);
		});
		await expect(later).resolves.toEqual(expect.any(Array));
	});

	it('another transaction is refused, and the next one runs as usual', async () => {
		await expect(transaction(async () => await transaction(async () => 'inner'))).rejects.toThrow(
			'A transaction was opened inside a transaction.'
		);
		expect(await transaction(async () => 'next')).toBe('next');
	});
});

describe('transactions asked for at once', () => {
	// SQLite has one writer, so they take turns; PostgreSQL runs them side by side and refuses
	// (then runs again) whichever of two clashing ones commits second (ADR 46, tests/postgres/clashes).
	it('run one at a time in the order asked on SQLite, and are both stored on either', async () => {
		const steps: string[] = [];
		const step = (name: string) => async (tx: Tx) => {
			steps.push(`${name} begins`);
			await recordAuditEvent(tx, { actorId: null, action: 'sign_out', subjectId: `turn-${name}` });
			await new Promise((resolve) => setTimeout(resolve, 5));
			steps.push(`${name} ends`);
		};
		await Promise.all([transaction(step('first')), transaction(step('second'))]);
		if (!onPostgres)
			expect(steps).toEqual(['first begins', 'first ends', 'second begins', 'second ends']);
		expect(steps.filter((s) => s.endsWith('ends'))).toHaveLength(2);
		expect(await eventsAbout(db(), 'turn-first')).toHaveLength(1);
		expect(await eventsAbout(db(), 'turn-second')).toHaveLength(1);
	});
});

/**
 * Every `transaction(` callback in the server code, as [where, body]: the app's own
 * `transaction(async (tx) => …)`, and a SQLite `.transaction(` too.
 */
function transactionCallbacks(dir: string): [string, string][] {
	const found: [string, string][] = [];
	for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
		if (!entry.isFile() || !entry.name.endsWith('.ts') || entry.name.endsWith('.test.ts')) continue;
		const path = join(entry.parentPath, entry.name);
		const source = readFileSync(path, 'utf8');
		for (const call of source.matchAll(/(?<![\w$])transaction\(/g)) {
			// `function transaction(` declares it; it is not a call.
			if (/function\s+$/.test(source.slice(0, call.index))) continue;
			const open = call.index + 'transaction'.length;
			let depth = 0;
			let end = open;
			for (; end < source.length; end++) {
				if (source[end] === '(') depth++;
				if (source[end] === ')' && --depth === 0) break;
			}
			found.push([
				`${relative(process.cwd(), path)}:${source.slice(0, call.index).split('\n').length}`,
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
