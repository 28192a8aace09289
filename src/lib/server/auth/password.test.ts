import { describe, expect, it } from 'vitest';
import { decoyPasswordHash, hashPassword, verifyPassword } from './password';

describe('passwords', () => {
	it('hashes with argon2id', async () => {
		const hash = await hashPassword('correct horse battery');
		expect(hash.startsWith('$argon2id$')).toBe(true);
		expect(hash).not.toContain('correct horse battery');
	});

	it('verifies the right password and refuses a wrong one', async () => {
		const hash = await hashPassword('correct horse battery');
		expect(await verifyPassword(hash, 'correct horse battery')).toBe(true);
		expect(await verifyPassword(hash, 'correct horse batterY')).toBe(false);
		expect(await verifyPassword(hash, '')).toBe(false);
	});

	it('answers false, not an exception, for a malformed hash', async () => {
		await expect(verifyPassword('not-a-hash', 'anything')).resolves.toBe(false);
		await expect(verifyPassword('', 'anything')).resolves.toBe(false);
		await expect(verifyPassword('$argon2id$v=19$m=19456,t=2,p=1$broken', 'anything')).resolves.toBe(
			false
		);
	});

	it('salts every hash, so the same password hashes differently twice', async () => {
		const [first, second] = await Promise.all([
			hashPassword('same password'),
			hashPassword('same password')
		]);
		expect(first).not.toBe(second);
		expect(await verifyPassword(first, 'same password')).toBe(true);
		expect(await verifyPassword(second, 'same password')).toBe(true);
	});

	it('has a decoy hash that is a real argon2id hash no ordinary password matches', async () => {
		const decoy = await decoyPasswordHash();
		expect(decoy.startsWith('$argon2id$')).toBe(true);
		expect(await decoyPasswordHash()).toBe(decoy);
		expect(await verifyPassword(decoy, 'password')).toBe(false);
	});
});
