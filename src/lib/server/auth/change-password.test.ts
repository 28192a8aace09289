import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '../db';
import { auditEvents, sessions } from '../db/schema';
import { createStaff } from '$tests/fixtures';
import { PASSWORD_CHECK_LIMIT, changePassword } from './change-password';
import { createSession, generateSessionToken, validateSessionToken } from './session';
import { signIn } from './sign-in';

describe('changePassword', () => {
	it('needs the current password, then ends every other session but this one', async () => {
		const user = await createStaff(['worker'], { password: 'first-password' });
		const here = await createSession(generateSessionToken(), user.id);
		const elsewhereToken = generateSessionToken();
		await createSession(elsewhereToken, user.id);

		expect(await changePassword(user.id, here.id, 'wrong', 'second-password')).toBe(
			'wrong_password'
		);
		expect(await changePassword(user.id, here.id, 'first-password', 'second-password')).toBe(
			'changed'
		);

		expect((await validateSessionToken(elsewhereToken)).session).toBeNull();
		expect(
			(await db().select().from(sessions).where(eq(sessions.userId, user.id))).map((s) => s.id)
		).toEqual([here.id]);
		expect((await signIn(user.email, 'second-password', '10.0.0.9')).ok).toBe(true);
		expect((await signIn(user.email, 'first-password', '10.0.0.9')).ok).toBe(false);
	});

	it('stops checking after too many wrong passwords, even the right one, and audits each', async () => {
		const user = await createStaff(['worker'], { password: 'first-password' });
		const here = await createSession(generateSessionToken(), user.id);
		const now = new Date('2026-12-03T10:00:00Z');
		for (let i = 0; i < PASSWORD_CHECK_LIMIT; i++)
			expect(await changePassword(user.id, here.id, `guess-${i}`, 'second-password', now)).toBe(
				'wrong_password'
			);
		expect(await changePassword(user.id, here.id, 'first-password', 'second-password', now)).toBe(
			'too_many_tries'
		);
		const actions = (
			await db().select().from(auditEvents).where(eq(auditEvents.actorId, user.id))
		).map((e) => e.action);
		expect(actions.filter((a) => a === 'password_check_failed')).toHaveLength(PASSWORD_CHECK_LIMIT);
		expect(actions).toContain('password_checks_stopped');
		expect(actions).not.toContain('password_changed');

		// Once the wait is over, the right password works again.
		const later = new Date(now.getTime() + 16 * 60 * 1000);
		expect(await changePassword(user.id, here.id, 'first-password', 'second-password', later)).toBe(
			'changed'
		);
	});

	it('does not count a right password against the limit', async () => {
		const user = await createStaff(['worker'], { password: 'password-0' });
		const here = await createSession(generateSessionToken(), user.id);
		for (let i = 0; i < PASSWORD_CHECK_LIMIT + 2; i++)
			expect(await changePassword(user.id, here.id, `password-${i}`, `password-${i + 1}`)).toBe(
				'changed'
			);
	});
});
