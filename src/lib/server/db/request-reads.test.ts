import { describe, expect, it } from 'vitest';
import { getSetting, setSetting } from '../settings';
import { transaction } from '.';
import { apartFromRequest, readOncePerRequest, rememberingReads } from './request-reads';

/** Changes a setting as another request would: its write forgets nothing of this one's. */
const elsewhere = (days: number) =>
	apartFromRequest(() => transaction((tx) => setSetting(tx, 'responseWorkingDays', days)));

describe('reads remembered for one request', () => {
	it('reads a setting once, until the request writes', async () => {
		await transaction((tx) => setSetting(tx, 'responseWorkingDays', 2));
		await rememberingReads(async () => {
			expect(await getSetting('responseWorkingDays')).toBe(2);
			await elsewhere(3);
			// Changed by another request meanwhile: this one goes on with what it read.
			expect(await getSetting('responseWorkingDays')).toBe(2);
			// Its own write (any) makes it read again.
			await transaction((tx) => setSetting(tx, 'escalationHours', 2));
			expect(await getSetting('responseWorkingDays')).toBe(3);
		});
		// Outside a request, every read is made afresh.
		await elsewhere(4);
		expect(await getSetting('responseWorkingDays')).toBe(4);
	});

	it('keeps nothing from one request to the next', async () => {
		await transaction((tx) => setSetting(tx, 'responseWorkingDays', 5));
		await rememberingReads(async () => expect(await getSetting('responseWorkingDays')).toBe(5));
		await elsewhere(6);
		await rememberingReads(async () => expect(await getSetting('responseWorkingDays')).toBe(6));
	});

	it('makes each read once, and again after one fails', async () => {
		let reads = 0;
		const read = async () => {
			reads += 1;
			if (reads === 1) throw new Error('the database did not answer');
			return reads;
		};
		await rememberingReads(async () => {
			await expect(readOncePerRequest('k', read)).rejects.toThrow('did not answer');
			expect(await readOncePerRequest('k', read)).toBe(2);
			expect(await readOncePerRequest('k', read)).toBe(2);
			expect(reads).toBe(2);
		});
	});

	it('lets a background round woken by a request read afresh', async () => {
		await transaction((tx) => setSetting(tx, 'responseWorkingDays', 7));
		await rememberingReads(async () => {
			expect(await getSetting('responseWorkingDays')).toBe(7);
			await elsewhere(8);
			expect(await apartFromRequest(() => getSetting('responseWorkingDays'))).toBe(8);
		});
	});
});
