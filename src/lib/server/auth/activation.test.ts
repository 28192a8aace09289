import { and, eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { db, transaction } from '../db';
import { auditEvents, userRoles, users, youngPeople } from '../db/schema';
import { createTeam, createYoungPerson } from '$tests/fixtures';
import { ACTIVATION_CODE_LIFETIME_MS, issueActivationCode } from './activation-codes';
import { activateAccount } from './activation';
import { createSession, generateSessionToken, validateSessionToken } from './session';

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

const personRow = async (id = youngPersonId) =>
	(await db().select().from(youngPeople).where(eq(youngPeople.id, id)).limit(1))[0]!;

describe('activation codes', () => {
	it('are shown in three groups of four from the unambiguous alphabet', async () => {
		const code = await issueActivationCode(youngPersonId, null);
		expect(code).toMatch(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
	});

	it('create a young person’s account, linked to their record', async () => {
		const code = await issueActivationCode(youngPersonId, null);
		const result = await activateAccount({
			code,
			username: `  ${username.toUpperCase()}_K `,
			password: PASSWORD
		});
		expect(result.ok).toBe(true);
		if (!result.ok) return;

		const user = (await db().select().from(users).where(eq(users.id, result.userId)).limit(1))[0]!;
		expect(user.username).toBe(`${username}_k`);
		expect(user.displayName).toBe('Robin');
		expect(user.passwordHash).toMatch(/^\$argon2id\$/);
		const roles = await db().select().from(userRoles).where(eq(userRoles.userId, result.userId));
		expect(roles.map((r) => r.role)).toEqual(['young_person']);
		expect((await personRow()).userId).toBe(result.userId);
	});

	it('write an account_activated audit event', async () => {
		const code = await issueActivationCode(youngPersonId, null);
		const result = await activateAccount({ code, username, password: PASSWORD });
		if (!result.ok) throw new Error(result.reason);
		const events = await db()
			.select()
			.from(auditEvents)
			.where(
				and(
					eq(auditEvents.action, 'account_activated'),
					eq(auditEvents.youngPersonId, youngPersonId)
				)
			);
		expect(events).toHaveLength(1);
		expect(events[0]!.actorId).toBe(result.userId);
	});

	it('work once only', async () => {
		const code = await issueActivationCode(youngPersonId, null);
		expect((await activateAccount({ code, username, password: PASSWORD })).ok).toBe(true);
		expect(await activateAccount({ code, username: `${username}b`, password: PASSWORD })).toEqual({
			ok: false,
			reason: 'code_used'
		});
	});

	it('sign in again, not "code used", when the same form is sent twice at once (a double tap)', async () => {
		const code = await issueActivationCode(youngPersonId, null);
		const now = new Date();
		const form = { code, username, password: PASSWORD };
		const [first, second] = await Promise.all([
			activateAccount(form, now),
			activateAccount(form, now)
		]);
		if (!first.ok) throw new Error(first.reason);
		expect(second).toEqual(first);
		const used = { ok: false, reason: 'code_used' };
		expect(await activateAccount({ ...form, password: 'another password' }, now)).toEqual(used);
		const later = new Date(now.getTime() + 3 * 60_000);
		expect(await activateAccount(form, later)).toEqual(used);
		expect(await db().select().from(users).where(eq(users.username, username))).toHaveLength(1);
	});

	it('expire', async () => {
		const issued = new Date('2026-02-01T10:00:00Z');
		const code = await issueActivationCode(youngPersonId, null, issued);
		const expired = new Date(issued.getTime() + ACTIVATION_CODE_LIFETIME_MS);
		expect(await activateAccount({ code, username, password: PASSWORD }, expired)).toEqual({
			ok: false,
			reason: 'code_expired'
		});
		const justInTime = new Date(expired.getTime() - 1);
		expect((await activateAccount({ code, username, password: PASSWORD }, justInTime)).ok).toBe(
			true
		);
	});

	it('refuse a code that was never issued', async () => {
		expect(await activateAccount({ code: 'ABCD-EFGH-JKMN', username, password: PASSWORD })).toEqual(
			{
				ok: false,
				reason: 'unknown_code'
			}
		);
	});

	it('accept the code typed in lower case with spaces', async () => {
		const code = await issueActivationCode(youngPersonId, null);
		const typed = ` ${code.toLowerCase().replaceAll('-', ' ')} `;
		expect((await activateAccount({ code: typed, username, password: PASSWORD })).ok).toBe(true);
	});

	it('replace an earlier unused code when a new one is issued', async () => {
		const older = await issueActivationCode(youngPersonId, null);
		const newer = await issueActivationCode(youngPersonId, null);
		expect(newer).not.toBe(older);
		expect(await activateAccount({ code: older, username, password: PASSWORD })).toEqual({
			ok: false,
			reason: 'code_expired'
		});
		expect((await activateAccount({ code: newer, username, password: PASSWORD })).ok).toBe(true);
	});

	it('reset a password: a new code ends the young person’s sessions and keeps their account', async () => {
		const first = await activateAccount({
			code: await issueActivationCode(youngPersonId, null),
			username,
			password: PASSWORD
		});
		if (!first.ok) throw new Error(first.reason);
		const token = generateSessionToken();
		await createSession(token, first.userId);
		expect((await validateSessionToken(token)).user?.id).toBe(first.userId);

		const code = await issueActivationCode(youngPersonId, null);
		expect((await validateSessionToken(token)).user).toBeNull();
		const again = await activateAccount({ code, username, password: 'a brand new password' });
		expect(again).toEqual({ ok: true, userId: first.userId, reset: true });
	});

	it('refuse a username someone else has', async () => {
		await transaction(async (tx) => {
			await tx
				.insert(users)
				.values({ username: 'taken', displayName: 'Other', firstName: 'Other' });
		});
		const code = await issueActivationCode(youngPersonId, null);
		expect(await activateAccount({ code, username: 'Taken', password: PASSWORD })).toEqual({
			ok: false,
			reason: 'username_taken'
		});
		expect((await personRow()).userId).toBeNull();
	});

	it('do not work for an archived young person', async () => {
		const archived = await createYoungPerson({ teamId, archivedAt: new Date() });
		const code = await issueActivationCode(archived, null);
		expect(await activateAccount({ code, username, password: PASSWORD })).toEqual({
			ok: false,
			reason: 'unknown_code'
		});
		expect((await personRow(archived)).userId).toBeNull();
	});
});
