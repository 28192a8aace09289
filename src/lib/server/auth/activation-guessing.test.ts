import { hash, verify } from '@node-rs/argon2';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createTeam, createYoungPerson } from '$tests/fixtures';
import { issueActivationCode } from './activation-codes';
import { hashPassword } from './password';
import { ACTIVATION_ADDRESS_LIMIT, activateAccount } from './activation';

// The password library, counted as it is used (and otherwise itself): every hash and every
// check of a hash is one argon2id computation, the cost a guess must not make the server pay.
vi.mock('@node-rs/argon2', async (importOriginal) => {
	const argon2 = await importOriginal<typeof import('@node-rs/argon2')>();
	return { ...argon2, hash: vi.fn(argon2.hash), verify: vi.fn(argon2.verify) };
});
const argon2Runs = () => vi.mocked(hash).mock.calls.length + vi.mocked(verify).mock.calls.length;

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
		// Counted, not timed: a timing shifts with the machine's load and the database's distance.
		await hashPassword('one hash, to show the count sees one');
		expect(argon2Runs()).toBeGreaterThan(0);
		const before = argon2Runs();
		for (let i = 0; i < 10; i++) {
			expect(
				await activateAccount({ code: `WRONG-CODE-${i}`, username, password: PASSWORD })
			).toEqual({ ok: false, reason: 'unknown_code' });
		}
		expect(argon2Runs()).toBe(before);
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
