import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db, transaction } from '../db';
import { auditEvents, passwordLinks, users } from '../db/schema';
import { createStaff } from '$tests/fixtures';
import {
	PASSWORD_LINK_LIFETIME_MS,
	findUsablePasswordLink,
	issuePasswordLink,
	setPasswordWithLink
} from './password-links';
import { createSession, generateSessionToken, validateSessionToken } from './session';
import { signIn } from './sign-in';

const NEW_PASSWORD = 'a new password of mine';
let addresses = 0;
const signInWith = (email: string, password: string) =>
	signIn(email, password, `10.9.0.${++addresses}`);

describe('set-password links', () => {
	it('store only the SHA-256 of the token', async () => {
		const staff = await createStaff(['worker']);
		const { token } = await transaction(
			async (tx) => await issuePasswordLink(tx, staff.id, 'reset', null)
		);
		const rows: Record<string, unknown>[] = await db().select().from(passwordLinks);
		expect(rows.flatMap((r) => Object.values(r).map(String)).some((v) => v.includes(token))).toBe(
			false
		);
		expect(token).toMatch(/^[a-z2-7]{32}$/);
	});

	it('set the password once, end every session, and are audited as the person themselves', async () => {
		const staff = await createStaff(['worker'], { password: 'the old password' });
		const session = generateSessionToken();
		await createSession(session, staff.id);
		const { token } = await transaction(
			async (tx) => await issuePasswordLink(tx, staff.id, 'reset', null)
		);
		expect((await findUsablePasswordLink(token))?.email).toBe(staff.email);

		expect(await setPasswordWithLink(token, NEW_PASSWORD)).toBe('set');
		expect((await validateSessionToken(session)).user).toBeNull();
		expect((await signInWith(staff.email, NEW_PASSWORD)).ok).toBe(true);
		expect((await signInWith(staff.email, 'the old password')).ok).toBe(false);
		const events = await db().select().from(auditEvents).where(eq(auditEvents.subjectId, staff.id));
		expect(events.find((e) => e.action === 'password_set_with_link')).toMatchObject({
			actorId: staff.id,
			detail: { purpose: 'reset' }
		});

		expect(await findUsablePasswordLink(token)).toBeUndefined();
		expect(await setPasswordWithLink(token, 'someone else tries it')).toBe('link_unusable');
		expect((await signInWith(staff.email, NEW_PASSWORD)).ok).toBe(true);
	});

	it('let only one of two simultaneous uses through', async () => {
		const staff = await createStaff(['worker']);
		const { token } = await transaction(
			async (tx) => await issuePasswordLink(tx, staff.id, 'new_account', null)
		);
		const results = await Promise.all([
			setPasswordWithLink(token, 'first password here'),
			setPasswordWithLink(token, 'second password here')
		]);
		expect(results.sort()).toEqual(['link_unusable', 'set']);
	});

	it('expire: an hour for a reset, a day for a new account or the first administrator', async () => {
		const staff = await createStaff(['worker']);
		const issued = new Date('2030-01-01T09:00:00Z');
		const { token, expiresAt } = await transaction(
			async (tx) => await issuePasswordLink(tx, staff.id, 'reset', null, issued)
		);
		expect(expiresAt.getTime() - issued.getTime()).toBe(60 * 60 * 1000);
		expect(PASSWORD_LINK_LIFETIME_MS.new_account).toBe(24 * 60 * 60 * 1000);
		expect(PASSWORD_LINK_LIFETIME_MS.first_admin).toBe(24 * 60 * 60 * 1000);
		expect(await setPasswordWithLink(token, NEW_PASSWORD, expiresAt)).toBe('link_unusable');
		expect(await setPasswordWithLink(token, NEW_PASSWORD, new Date(expiresAt.getTime() - 1))).toBe(
			'set'
		);
	});

	it('stop working when a newer link is sent', async () => {
		const staff = await createStaff(['worker']);
		const older = (
			await transaction(async (tx) => await issuePasswordLink(tx, staff.id, 'reset', null))
		).token;
		const newer = (
			await transaction(async (tx) => await issuePasswordLink(tx, staff.id, 'reset', null))
		).token;
		expect(await setPasswordWithLink(older, NEW_PASSWORD)).toBe('link_unusable');
		expect(await setPasswordWithLink(newer, NEW_PASSWORD)).toBe('set');
		expect(
			await db().select().from(passwordLinks).where(eq(passwordLinks.userId, staff.id))
		).toHaveLength(2);
	});

	it('do nothing for a deactivated account or a token never issued', async () => {
		const staff = await createStaff(['worker']);
		const { token } = await transaction(
			async (tx) => await issuePasswordLink(tx, staff.id, 'reset', null)
		);
		await transaction(async (tx) => {
			await tx.update(users).set({ active: false }).where(eq(users.id, staff.id));
		});
		expect(await setPasswordWithLink(token, NEW_PASSWORD)).toBe('link_unusable');
		expect(await setPasswordWithLink(generateSessionToken(), NEW_PASSWORD)).toBe('link_unusable');
	});
});
