import { describe, expect, it } from 'vitest';
import { COMMON_PASSWORDS } from './common-passwords';
import { MIN_PASSWORD_LENGTH } from './password';
import { passwordWeakness } from './password-rule';

describe('a password too easy to guess', () => {
	it('is one of the most common, whatever its capitals', () => {
		for (const password of ['12345678', 'password', 'PassWord1', 'qwertyuiop', 'ILOVEYOU'])
			expect(passwordWeakness(password), password).toBe('easy');
	});

	it('is one character repeated, a short piece repeated, or a run', () => {
		for (const password of ['11111111', 'aaaaaaaaaaaa', 'abababab', 'abcabcabc', 'xyzxyzxy'])
			expect(passwordWeakness(password), password).toBe('easy');
		for (const password of ['abcdefgh', 'ABCDEFGHIJ', '23456789', '98765432', 'hgfedcba'])
			expect(passwordWeakness(password), password).toBe('easy');
	});

	it('is or holds the username or email, whatever its capitals', () => {
		expect(passwordWeakness('olly1234', ['olly'])).toBe('has_name');
		expect(passwordWeakness('my-name-is-OLLY', ['olly'])).toBe('has_name');
		expect(passwordWeakness('jordan.k', ['Jordan.K'])).toBe('has_name');
		// A staff email: the whole address, or the name before the @.
		expect(passwordWeakness('sam.jones@glenbrae.example', ['sam.jones@glenbrae.example'])).toBe(
			'has_name'
		);
		expect(passwordWeakness('i am sam.jones here', ['sam.jones@glenbrae.example'])).toBe(
			'has_name'
		);
	});

	it('is not made so by a name too short to mean anything', () => {
		expect(passwordWeakness('blue-kite-hill', ['l', 'hi'])).toBeNull();
	});

	it('leaves a password of words alone, and those used in the demo and tests', () => {
		for (const password of [
			'blue-kite-hill',
			'heard-demo-2026',
			'purple-elephant-42',
			'a good long password',
			'password-0',
			'iona picked her own',
			'12345679',
			'abcdefgi'
		])
			expect(passwordWeakness(password, ['olly', 'iona.black@glenbrae.example']), password).toBe(
				null
			);
	});

	it('has a short built-in list, each entry long enough that only the list refuses it', () => {
		expect(COMMON_PASSWORDS.size).toBeGreaterThan(100);
		expect(COMMON_PASSWORDS.size).toBeLessThan(500);
		const unlisted = [...COMMON_PASSWORDS].filter(
			(p) => p.length < MIN_PASSWORD_LENGTH || p !== p.toLowerCase() || p.includes(' ')
		);
		expect(unlisted).toEqual([]);
	});
});
