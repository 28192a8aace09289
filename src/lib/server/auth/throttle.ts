import { eq } from 'drizzle-orm';
import { transaction, type Tx } from '../db';
import { signInThrottle } from '../db/schema';

/** Attempts are counted within a window; a counter that reaches its limit is full for a while. */
export const THROTTLE_WINDOW_MS = 15 * 60 * 1000;
export const THROTTLE_LOCK_MS = 15 * 60 * 1000;

/**
 * One count an attempt is made against. An attempt is refused when any counter
 * that `applies` is already full; a counter that does not apply is still counted,
 * so it keeps an honest total for the attempts it does apply to.
 */
export interface Counter {
	key: string;
	limit: number;
	applies: boolean;
	/**
	 * How long its attempts are counted together, and how long it stays full once it reaches its
	 * limit: the throttle's own 15 minutes unless a counter needs a longer memory (a count kept
	 * for the whole life of a sign-in code).
	 */
	windowMs?: number;
	lockMs?: number;
}

/** The counters an attempt was counted against, to give back if it turns out not to be a guess. */
export interface Reservation {
	counters: Counter[];
}

type Row = typeof signInThrottle.$inferSelect;

const isFull = (row: Row | undefined, now: Date) =>
	row?.lockedUntil != null && row.lockedUntil.getTime() > now.getTime();
const windowOpen = (row: Row | undefined, now: Date, c: Counter): row is Row =>
	row !== undefined &&
	(isFull(row, now) ||
		now.getTime() - row.windowStartedAt.getTime() < (c.windowMs ?? THROTTLE_WINDOW_MS));

const read = async (tx: Tx, key: string) =>
	(await tx.select().from(signInThrottle).where(eq(signInThrottle.key, key)).limit(1))[0];

async function write(tx: Tx, key: string, values: Omit<Row, 'key'>): Promise<void> {
	await tx
		.insert(signInThrottle)
		.values({ key, ...values })
		.onConflictDoUpdate({ target: signInThrottle.key, set: values });
}

/**
 * Checks and counts in one transaction, before any slow work such as
 * verifying a password: attempts made at the same moment can never all pass a
 * check that only the first few should. Returns null when the attempt is refused
 * (and then counts nothing, so waiting is always enough).
 */
export async function reserveAttempt(
	counters: Counter[],
	now = new Date()
): Promise<Reservation | null> {
	return await transaction(async (tx) => {
		const rows: (Row | undefined)[] = [];
		for (const c of counters) rows.push(await read(tx, c.key));
		if (counters.some((c, i) => c.applies && isFull(rows[i], now))) return null;
		for (const [i, c] of counters.entries()) {
			const row = rows[i];
			const open = windowOpen(row, now, c);
			const failures = (open ? row.failures : 0) + 1;
			const stillFull = open && isFull(row, now) ? row.lockedUntil : null;
			const lockedUntil =
				stillFull ??
				(failures >= c.limit ? new Date(now.getTime() + (c.lockMs ?? THROTTLE_LOCK_MS)) : null);
			await write(tx, c.key, {
				failures,
				windowStartedAt: open ? row.windowStartedAt : now,
				lockedUntil
			});
		}
		return { counters };
	});
}

/** Gives back an attempt that was not a guess (the right password): it no longer counts. */
export async function releaseAttempt(
	tx: Tx,
	reservation: Reservation,
	now = new Date()
): Promise<void> {
	for (const c of reservation.counters) {
		const row = await read(tx, c.key);
		if (!windowOpen(row, now, c)) continue;
		const failures = Math.max(0, row.failures - 1);
		await write(tx, c.key, {
			failures,
			windowStartedAt: row.windowStartedAt,
			lockedUntil: failures >= c.limit ? row.lockedUntil : null
		});
	}
}

export async function clearCounter(tx: Tx, key: string): Promise<void> {
	await tx.delete(signInThrottle).where(eq(signInThrottle.key, key));
}
