import { describe, expect, it } from 'vitest';
import {
	THROTTLE_LOCK_MS,
	THROTTLE_WINDOW_MS,
	clearCounter,
	releaseAttempt,
	reserveAttempt,
	type Counter
} from './throttle';
import { transaction } from '../db';

let keys = 0;
const counter = (limit: number, applies = true): Counter => ({
	key: `test:${++keys}`,
	limit,
	applies
});
const start = new Date('2026-04-01T09:00:00Z');
const after = (ms: number) => new Date(start.getTime() + ms);

describe('attempt counters', () => {
	it('lets the limit through, then refuses without counting the refused tries', async () => {
		const c = counter(3);
		for (let i = 0; i < 3; i++) expect(await reserveAttempt([c], after(i))).not.toBeNull();
		for (let i = 0; i < 10; i++) expect(await reserveAttempt([c], after(1000 + i))).toBeNull();
		// Refused tries did not extend the wait.
		expect(await reserveAttempt([c], after(2 + THROTTLE_LOCK_MS))).not.toBeNull();
	});

	it('starts counting afresh once the window has passed', async () => {
		const c = counter(2);
		expect(await reserveAttempt([c], start)).not.toBeNull();
		expect(await reserveAttempt([c], after(THROTTLE_WINDOW_MS))).not.toBeNull();
		expect(await reserveAttempt([c], after(THROTTLE_WINDOW_MS + 1))).not.toBeNull();
		expect(await reserveAttempt([c], after(THROTTLE_WINDOW_MS + 2))).toBeNull();
	});

	it('gives back a try that was not a guess, undoing a lock it caused', async () => {
		const c = counter(2);
		expect(await reserveAttempt([c], start)).not.toBeNull();
		const second = await reserveAttempt([c], after(1));
		expect(await reserveAttempt([c], after(2))).toBeNull();
		await transaction(async (tx) => await releaseAttempt(tx, second!, after(3)));
		expect(await reserveAttempt([c], after(4))).not.toBeNull();
		expect(await reserveAttempt([c], after(5))).toBeNull();
	});

	it('counts against a counter that does not apply, without being refused by it', async () => {
		const shared = counter(2);
		for (let i = 0; i < 5; i++)
			expect(
				await reserveAttempt([counter(10), { ...shared, applies: false }], after(i))
			).not.toBeNull();
		// The count kept growing, so it refuses those it applies to, and a refused attempt counts nowhere.
		const own = counter(10);
		expect(await reserveAttempt([own, shared], after(10))).toBeNull();
		for (let i = 0; i < 10; i++) expect(await reserveAttempt([own], after(20 + i))).not.toBeNull();
		expect(await reserveAttempt([own], after(30))).toBeNull();
	});

	it('keeps a full counter full while attempts it does not apply to go on past the window', async () => {
		const shared = counter(1);
		expect(await reserveAttempt([shared], start)).not.toBeNull();
		expect(
			await reserveAttempt([{ ...shared, applies: false }], after(THROTTLE_WINDOW_MS - 1))
		).not.toBeNull();
		expect(await reserveAttempt([shared], after(THROTTLE_WINDOW_MS - 1))).toBeNull();
	});

	it('remembers for as long as a counter of its own asks, and stays full that long', async () => {
		const day = 24 * 60 * 60 * 1000;
		const long = { ...counter(2), windowMs: 30 * day, lockMs: 30 * day };
		expect(await reserveAttempt([long], start)).not.toBeNull();
		expect(await reserveAttempt([long], after(THROTTLE_WINDOW_MS * 4))).not.toBeNull();
		expect(await reserveAttempt([long], after(29 * day))).toBeNull();
		expect(await reserveAttempt([long], after(THROTTLE_WINDOW_MS * 4 + 30 * day))).not.toBeNull();
	});

	it('is cleared on demand', async () => {
		const c = counter(1);
		expect(await reserveAttempt([c], start)).not.toBeNull();
		await transaction(async (tx) => await clearCounter(tx, c.key));
		expect(await reserveAttempt([c], after(1))).not.toBeNull();
	});
});
