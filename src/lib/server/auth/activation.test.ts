import { and, eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../db';
import { activationCodes, auditEvents, userRoles, users, youngPeople } from '../db/schema';
import { addStatement, createStaff, createTeam, createYoungPerson } from '$tests/fixtures';
import { recentSignInResets } from '../young-people/sign-in-resets';
import { hashPassword } from './password';
import {
	ACTIVATION_ADDRESS_LIMIT,
	ACTIVATION_CODE_LIFETIME_MS,
	activateAccount,
	issueActivationCode
} from './activation';
import { createSession, generateSessionToken, validateSessionToken } from './session';

const PASSWORD = 'a good long password';
let teamId: string;
let youngPersonId: string;
/** The database lives for the whole file, so every test picks its own usernames. */
let username: string;
let tests = 0;

beforeEach(() => {
	teamId = createTeam();
	youngPersonId = createYoungPerson({ teamId, preferredName: 'Robin' });
	username = `robin${++tests}`;
});

const personRow = (id = youngPersonId) =>
	db().select().from(youngPeople).where(eq(youngPeople.id, id)).get()!;

describe('activation codes', () => {
	it('are shown in three groups of four from the unambiguous alphabet', () => {
		const code = issueActivationCode(youngPersonId, null);
		expect(code).toMatch(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
	});

	it('create a young person’s account, linked to their record', async () => {
		const code = issueActivationCode(youngPersonId, null);
		const result = await activateAccount({
			code,
			username: `  ${username.toUpperCase()}_K `,
			password: PASSWORD
		});
		expect(result.ok).toBe(true);
		if (!result.ok) return;

		const user = db().select().from(users).where(eq(users.id, result.userId)).get()!;
		expect(user.username).toBe(`${username}_k`);
		expect(user.displayName).toBe('Robin');
		expect(user.passwordHash).toMatch(/^\$argon2id\$/);
		const roles = db().select().from(userRoles).where(eq(userRoles.userId, result.userId)).all();
		expect(roles.map((r) => r.role)).toEqual(['young_person']);
		expect(personRow().userId).toBe(result.userId);
	});

	it('write an account_activated audit event', async () => {
		const code = issueActivationCode(youngPersonId, null);
		const result = await activateAccount({ code, username, password: PASSWORD });
		if (!result.ok) throw new Error(result.reason);
		const events = db()
			.select()
			.from(auditEvents)
			.where(
				and(
					eq(auditEvents.action, 'account_activated'),
					eq(auditEvents.youngPersonId, youngPersonId)
				)
			)
			.all();
		expect(events).toHaveLength(1);
		expect(events[0]!.actorId).toBe(result.userId);
	});

	it('work once only', async () => {
		const code = issueActivationCode(youngPersonId, null);
		expect((await activateAccount({ code, username, password: PASSWORD })).ok).toBe(true);
		expect(await activateAccount({ code, username: `${username}b`, password: PASSWORD })).toEqual({
			ok: false,
			reason: 'code_used'
		});
	});

	it('expire', async () => {
		const issued = new Date('2026-02-01T10:00:00Z');
		const code = issueActivationCode(youngPersonId, null, issued);
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
		const code = issueActivationCode(youngPersonId, null);
		const typed = ` ${code.toLowerCase().replaceAll('-', ' ')} `;
		expect((await activateAccount({ code: typed, username, password: PASSWORD })).ok).toBe(true);
	});

	it('replace an earlier unused code when a new one is issued', async () => {
		const older = issueActivationCode(youngPersonId, null);
		const newer = issueActivationCode(youngPersonId, null);
		expect(newer).not.toBe(older);
		expect(await activateAccount({ code: older, username, password: PASSWORD })).toEqual({
			ok: false,
			reason: 'code_expired'
		});
		expect((await activateAccount({ code: newer, username, password: PASSWORD })).ok).toBe(true);
	});

	it('reset a password: a new code ends the young person’s sessions and keeps their account', async () => {
		const first = await activateAccount({
			code: issueActivationCode(youngPersonId, null),
			username,
			password: PASSWORD
		});
		if (!first.ok) throw new Error(first.reason);
		const token = generateSessionToken();
		createSession(token, first.userId);
		expect(validateSessionToken(token).user?.id).toBe(first.userId);

		const code = issueActivationCode(youngPersonId, null);
		expect(validateSessionToken(token).user).toBeNull();
		const again = await activateAccount({ code, username, password: 'a brand new password' });
		expect(again).toEqual({ ok: true, userId: first.userId, reset: true });
	});

	it('refuse a username someone else has', async () => {
		db()
			.insert(users)
			.values({ username: 'taken', displayName: 'Other', firstName: 'Other' })
			.run();
		const code = issueActivationCode(youngPersonId, null);
		expect(await activateAccount({ code, username: 'Taken', password: PASSWORD })).toEqual({
			ok: false,
			reason: 'username_taken'
		});
		expect(personRow().userId).toBeNull();
	});

	it('do not work for an archived young person', async () => {
		const archived = createYoungPerson({ teamId, archivedAt: new Date() });
		const code = issueActivationCode(archived, null);
		expect(await activateAccount({ code, username, password: PASSWORD })).toEqual({
			ok: false,
			reason: 'unknown_code'
		});
		expect(personRow(archived).userId).toBeNull();
	});
});

describe('a new sign-in for someone who has one', () => {
	it('is opened by a code from a worker, even after words were said with them before any account', async () => {
		addStatement(youngPersonId, { kind: 'good_news' });
		const fromWorker = issueActivationCode(youngPersonId, null);
		expect(await activateAccount({ code: fromWorker, username, password: PASSWORD })).toMatchObject(
			{ ok: true, reset: false }
		);
	});

	it('is never opened by a letter an administrator printed before only workers made codes, with or without an account', async () => {
		const printedByAnAdministrator = () => {
			const code = issueActivationCode(youngPersonId, null);
			db()
				.update(activationCodes)
				.set({ via: 'letter' })
				.where(eq(activationCodes.youngPersonId, youngPersonId))
				.run();
			return code;
		};
		expect(
			await activateAccount({ code: printedByAnAdministrator(), username, password: PASSWORD })
		).toEqual({ ok: false, reason: 'code_replaced' });
		expect(personRow().userId).toBeNull();
		const first = await activateAccount({
			code: issueActivationCode(youngPersonId, null),
			username,
			password: PASSWORD
		});
		if (!first.ok) throw new Error(first.reason);
		const hashOf = () =>
			db().select().from(users).where(eq(users.id, first.userId)).get()!.passwordHash;
		const before = hashOf();
		expect(
			await activateAccount({
				code: printedByAnAdministrator(),
				username,
				password: 'the attacker’s password'
			})
		).toEqual({ ok: false, reason: 'code_replaced' });
		expect(hashOf()).toBe(before);
	});

	it('is audited naming who made the code, ends every session, and is told to the young person for a month', async () => {
		const worker = await createStaff(['worker'], { firstName: 'Sam' });
		const first = await activateAccount({
			code: issueActivationCode(youngPersonId, null),
			username,
			password: PASSWORD
		});
		if (!first.ok) throw new Error(first.reason);
		const usedAt = new Date('2030-03-04T10:00:00Z');
		const code = issueActivationCode(youngPersonId, worker.id, new Date(usedAt.getTime() - 60_000));
		const token = generateSessionToken();
		createSession(token, first.userId);

		expect(
			await activateAccount(
				{ code, username, password: 'a brand new password' },
				usedAt,
				'10.9.8.7'
			)
		).toEqual({ ok: true, userId: first.userId, reset: true });

		expect(validateSessionToken(token).user).toBeNull();
		const [event] = db()
			.select()
			.from(auditEvents)
			.where(
				and(eq(auditEvents.action, 'sign_in_reset'), eq(auditEvents.youngPersonId, youngPersonId))
			)
			.all();
		expect(event).toMatchObject({
			actorId: first.userId,
			address: '10.9.8.7',
			detail: { issuedBy: worker.id, issuedByName: 'Sam Example', via: 'worker' }
		});
		const issued = db()
			.select()
			.from(auditEvents)
			.where(
				and(
					eq(auditEvents.action, 'activation_code_issued'),
					eq(auditEvents.youngPersonId, youngPersonId)
				)
			)
			.all()
			.at(-1);
		expect(issued).toMatchObject({
			actorId: worker.id,
			detail: { via: 'worker', replacesSignIn: true }
		});
		expect(recentSignInResets(youngPersonId, new Date(usedAt.getTime() + 29 * 86_400_000))).toEqual(
			[usedAt]
		);
		expect(recentSignInResets(youngPersonId, new Date(usedAt.getTime() + 31 * 86_400_000))).toEqual(
			[]
		);
	});
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
		const good = issueActivationCode(youngPersonId, null, now);
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
