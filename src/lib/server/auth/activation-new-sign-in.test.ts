import { and, eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { db, transaction } from '../db';
import { activationCodes, auditEvents, users, youngPeople } from '../db/schema';
import { addStatement, createStaff, createTeam, createYoungPerson } from '$tests/fixtures';
import { recentSignInResets } from '../young-people/sign-in-resets';
import { issueActivationCode } from './activation-codes';
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

describe('a new sign-in for someone who has one', () => {
	it('is opened by a code from a worker, even after words were said with them before any account', async () => {
		await addStatement(youngPersonId, { kind: 'good_news' });
		const fromWorker = await issueActivationCode(youngPersonId, null);
		expect(await activateAccount({ code: fromWorker, username, password: PASSWORD })).toMatchObject(
			{ ok: true, reset: false }
		);
	});

	it('is never opened by a letter an administrator printed before only workers made codes, with or without an account', async () => {
		const printedByAnAdministrator = async () => {
			const code = await issueActivationCode(youngPersonId, null);
			await transaction(async (tx) => {
				await tx
					.update(activationCodes)
					.set({ via: 'letter' })
					.where(eq(activationCodes.youngPersonId, youngPersonId));
			});
			return code;
		};
		expect(
			await activateAccount({
				code: await printedByAnAdministrator(),
				username,
				password: PASSWORD
			})
		).toEqual({ ok: false, reason: 'code_replaced' });
		expect((await personRow()).userId).toBeNull();
		const first = await activateAccount({
			code: await issueActivationCode(youngPersonId, null),
			username,
			password: PASSWORD
		});
		if (!first.ok) throw new Error(first.reason);
		const hashOf = async () =>
			(await db().select().from(users).where(eq(users.id, first.userId)).limit(1))[0]!.passwordHash;
		const before = await hashOf();
		expect(
			await activateAccount({
				code: await printedByAnAdministrator(),
				username,
				password: 'the attacker’s password'
			})
		).toEqual({ ok: false, reason: 'code_replaced' });
		expect(await hashOf()).toBe(before);
	});

	it('is audited naming who made the code, ends every session, and is told to the young person for a month', async () => {
		const worker = await createStaff(['worker'], { firstName: 'Sam' });
		const first = await activateAccount({
			code: await issueActivationCode(youngPersonId, null),
			username,
			password: PASSWORD
		});
		if (!first.ok) throw new Error(first.reason);
		const usedAt = new Date('2030-03-04T10:00:00Z');
		const code = await issueActivationCode(
			youngPersonId,
			worker.id,
			new Date(usedAt.getTime() - 60_000)
		);
		const token = generateSessionToken();
		await createSession(token, first.userId);

		expect(
			await activateAccount(
				{ code, username, password: 'a brand new password' },
				usedAt,
				'10.9.8.7'
			)
		).toEqual({ ok: true, userId: first.userId, reset: true });

		expect((await validateSessionToken(token)).user).toBeNull();
		const [event] = await db()
			.select()
			.from(auditEvents)
			.where(
				and(eq(auditEvents.action, 'sign_in_reset'), eq(auditEvents.youngPersonId, youngPersonId))
			);
		expect(event).toMatchObject({
			actorId: first.userId,
			address: null,
			detail: { issuedBy: worker.id, issuedByName: 'Sam Example', via: 'worker' }
		});
		const issued = (
			await db()
				.select()
				.from(auditEvents)
				.where(
					and(
						eq(auditEvents.action, 'activation_code_issued'),
						eq(auditEvents.youngPersonId, youngPersonId)
					)
				)
		).at(-1);
		expect(issued).toMatchObject({
			actorId: worker.id,
			detail: { via: 'worker', replacesSignIn: true }
		});
		expect(
			await recentSignInResets(youngPersonId, new Date(usedAt.getTime() + 29 * 86_400_000))
		).toEqual([usedAt]);
		expect(
			await recentSignInResets(youngPersonId, new Date(usedAt.getTime() + 31 * 86_400_000))
		).toEqual([]);
	});
});
