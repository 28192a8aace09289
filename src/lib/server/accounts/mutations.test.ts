import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { setPasswordWithLink } from '../auth/password-links';
import { signIn } from '../auth/sign-in';
import { createSession, generateSessionToken, validateSessionToken } from '../auth/session';
import { db } from '../db';
import { auditEvents, mailOutbox, teamMembers, userRoles, users } from '../db/schema';
import { createStaff, createTeam } from '$tests/fixtures';
import {
	createStaffAccount,
	deactivateUser,
	reactivateUser,
	updateStaffAccount
} from './mutations';
import { createTeam as addTeam } from './teams';

const eventsFor = async (subjectId: string) =>
	await db().select().from(auditEvents).where(eq(auditEvents.subjectId, subjectId));

describe('staff accounts', () => {
	it('deactivation ends every session at once, blocks sign-in, and is audited', async () => {
		const admin = await createStaff(['admin']);
		const worker = await createStaff(['worker'], { password: 'a long enough password' });
		const tokens = [generateSessionToken(), generateSessionToken()];
		for (const token of tokens) await createSession(token, worker.id);
		expect((await validateSessionToken(tokens[0]!)).session).not.toBeNull();

		expect((await deactivateUser(admin, worker.id)).ok).toBe(true);

		for (const token of tokens) expect((await validateSessionToken(token)).session).toBeNull();
		expect(await signIn(worker.email, 'a long enough password', '10.0.0.1')).toEqual({
			ok: false,
			reason: 'account_closed',
			userId: worker.id
		});
		expect((await eventsFor(worker.id)).map((e) => e.action)).toContain('staff_deactivated');

		await reactivateUser(admin, worker.id);
		expect((await signIn(worker.email, 'a long enough password', '10.0.0.2')).ok).toBe(true);
	});

	it('an admin cannot deactivate themselves or drop their own admin role', async () => {
		const admin = await createStaff(['admin']);
		expect(await deactivateUser(admin, admin.id)).toEqual({
			ok: false,
			field: 'confirm',
			error: 'not_yourself'
		});
		const input = {
			email: admin.email,
			displayName: 'A',
			firstName: 'A',
			roles: ['worker' as const]
		};
		expect(await updateStaffAccount(admin, admin.id, input, [])).toMatchObject({
			ok: false,
			error: 'own_roles'
		});
	});

	it('creates an account with roles and teams, and emails them (not the admin) a link to choose a password', async () => {
		const admin = await createStaff(['admin']);
		const teamId = await createTeam();
		const input = {
			email: 'new.worker@heard.example',
			displayName: 'New Worker',
			firstName: 'New',
			roles: ['worker' as const]
		};
		const result = await createStaffAccount(admin, input, [{ teamId, teamRole: 'worker' }]);
		if (!result.ok) throw new Error(result.error);
		expect(Object.keys(result).sort()).toEqual(['id', 'ok']);
		expect(
			(await db().select().from(userRoles).where(eq(userRoles.userId, result.id))).map(
				(r) => r.role
			)
		).toEqual(['worker']);
		expect(
			await db().select().from(teamMembers).where(eq(teamMembers.userId, result.id))
		).toHaveLength(1);
		const [mail] = await db().select().from(mailOutbox).where(eq(mailOutbox.to, input.email));
		const token = mail!.body.match(/\/password\/([a-z2-7]+)/)![1]!;
		expect(mail!.holdsLink).toBe(true);
		expect(await setPasswordWithLink(token, 'twelve or more characters')).toBe('set');
		expect((await signIn(input.email, 'twelve or more characters', '10.0.0.3')).ok).toBe(true);
		expect(await createStaffAccount(admin, input, [])).toMatchObject({
			ok: false,
			error: 'email_taken'
		});
		expect(await db().select().from(users).where(eq(users.email, input.email))).toHaveLength(1);
	});

	it('refuses a second team with the same name', async () => {
		const admin = await createStaff(['admin']);
		expect((await addTeam(admin, 'Duplicate team')).ok).toBe(true);
		expect(await addTeam(admin, 'Duplicate team')).toMatchObject({
			ok: false,
			error: 'team_taken'
		});
	});
});
