import { beforeEach, describe, expect, it } from 'vitest';
import { createTeam, createYoungPerson } from '$tests/fixtures';
import { issueActivationCode } from './activation-codes';
import { hashPassword } from './password';
import { ACTIVATION_ADDRESS_LIMIT, activateAccount } from './activation';

const PASSWORD = 'a good long password';
let teamId: string;
let youngPersonId: string;
/** The database lives for the whole file, so every test picks its own usernames. */
let username: string;
let tests = 0;

beforeEach(async () => {
	teamId = await createTeam();
	youngPersonId = await createYoungPerson({ teamId, preferredName: 'Robin' });
	username = `robin${++tests}`;
});

describe('a wrong code', () => {
	it('is refused before any password is hashed, so guessing costs the server almost nothing', async () => {
		const started = performance.now();
		await hashPassword('one hash, for comparison');
		const oneHash = performance.now() - started;
		const guessing = performance.now();
		for (let i = 0; i < 10; i++)
			await activateAccount({ code: `WRONG-CODE-${i}`, username, password: PASSWORD });
		expect(performance.now() - guessing).toBeLessThan(oneHash * 3);
	});
});

describe('activation from one address', () => {
	it('is refused after too many wrong codes, without touching another address, and a right code does not count', async () => {
		const now = new Date('2030-05-01T09:00:00Z');
		const good = await issueActivationCode(youngPersonId, null, now);
		for (let i = 1; i < ACTIVATION_ADDRESS_LIMIT; i++) {
			expect(
				await activateAccount({ code: `WRONG-${i}`, username, password: PASSWORD }, now, '10.7.7.7')
			).toEqual({ ok: false, reason: 'unknown_code' });
		}
		expect(
			(await activateAccount({ code: good, username, password: PASSWORD }, now, '10.7.7.7')).ok
		).toBe(true);
		expect(
			await activateAccount({ code: 'WRONG-LAST', username, password: PASSWORD }, now, '10.7.7.7')
		).toEqual({ ok: false, reason: 'unknown_code' });
		expect(
			await activateAccount({ code: 'WRONG-MORE', username, password: PASSWORD }, now, '10.7.7.7')
		).toEqual({ ok: false, reason: 'too_many_tries' });
		expect(
			await activateAccount(
				{ code: 'WRONG-ELSEWHERE', username, password: PASSWORD },
				now,
				'10.7.7.8'
			)
		).toEqual({ ok: false, reason: 'unknown_code' });
	});
});
