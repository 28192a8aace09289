import { COMMON_PASSWORDS } from './common-passwords';

/**
 * What makes a new password too easy to guess, beyond its length (password.ts). Following the
 * NCSC and NIST SP 800-63B: no rules about kinds of character, but refuse what an attacker tries
 * first — a commonly chosen password, the account's own name, one character repeated or a run.
 */
export type PasswordWeakness = 'easy' | 'has_name';

/** Shortest name worth looking for: a shorter one would refuse good passwords by chance. */
const SHORTEST_NAME = 3;

/** A piece repeated (aaaaaaaa, abababab, abcabcabc): as easy to guess as the piece itself. */
function isRepeated(password: string): boolean {
	for (let size = 1; size <= 3; size++) {
		const piece = password.slice(0, size);
		if (
			password.length > size &&
			piece.repeat(Math.ceil(password.length / size)).startsWith(password)
		)
			return true;
	}
	return false;
}

/** Each character the one after (or before) the last: abcdefgh, 12345678, 98765432. */
function isRun(password: string): boolean {
	const step = password.charCodeAt(1) - password.charCodeAt(0);
	if (step !== 1 && step !== -1) return false;
	for (let i = 2; i < password.length; i++)
		if (password.charCodeAt(i) - password.charCodeAt(i - 1) !== step) return false;
	return true;
}

/** The names to keep out: each given, and for an email address the part before the @ too. */
function namesIn(names: readonly string[]): string[] {
	return names
		.flatMap((name) => [name, name.split('@')[0] ?? ''])
		.map((name) => name.trim().toLowerCase())
		.filter((name) => name.length >= SHORTEST_NAME);
}

/** Why a password is too easy to guess, or null; `names` are the account's username or email. */
export function passwordWeakness(
	password: string,
	names: readonly string[] = []
): PasswordWeakness | null {
	const lower = password.toLowerCase();
	if (namesIn(names).some((name) => lower.includes(name))) return 'has_name';
	if (COMMON_PASSWORDS.has(lower) || isRepeated(lower) || isRun(lower)) return 'easy';
	return null;
}

/**
 * The check as a zod refinement of a password field, naming the weakness with the form's own
 * prefix (`password_easy` on the activation form, `easy` elsewhere).
 */
export function refuseWeakPassword(names: readonly string[], prefix = '') {
	return (
		password: string,
		ctx: { addIssue: (issue: { code: 'custom'; message: string }) => void }
	) => {
		const weakness = passwordWeakness(password, names);
		if (weakness) ctx.addIssue({ code: 'custom', message: prefix + weakness });
	};
}
