import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '../db';
import { sessions } from '../db/schema';
import { createStaff } from '$tests/fixtures';
import { changePassword } from './change-password';
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
});
