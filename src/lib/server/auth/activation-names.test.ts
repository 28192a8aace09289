import { and, eq } from 'drizzle-orm';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { db, transaction } from '../db';
import { activationCodes, auditEvents, users, youngPeople } from '../db/schema';
import { isNotable } from '../audit/action-labels';
import { createStaff, createTeam, createYoungPerson } from '$tests/fixtures';
import { ACTIVATION_CODE_LIFETIME_MS, hashCode, issueActivationCode } from './activation-codes';
import { TAKEN_NAMES_PER_CODE, TAKEN_NAMES_PER_WINDOW } from './activation-names';
import { activateAccount } from './activation';
import { THROTTLE_LOCK_MS } from './throttle';

const PASSWORD = 'a good long password';
/** Other children's usernames, there before any test asks after them. */
const TAKEN = Array.from({ length: TAKEN_NAMES_PER_CODE + 5 }, (_, i) => `someone-else-${i}`);
let teamId: string;
let workerId: string;
let youngPersonId: string;
let tests = 0;
/** A username nobody has, for this test. */
let free: string;

beforeAll(async () => {
	await transaction(async (tx) => {
		for (const username of TAKEN)
			await tx.insert(users).values({ username, displayName: 'Other', firstName: 'Other' });
	});
	workerId = (await createStaff(['worker'])).id;
});

beforeEach(async () => {
	teamId = await createTeam();
	youngPersonId = await createYoungPerson({ teamId, preferredName: 'Robin' });
	free = `robin${++tests}`;
});

const minutes = (from: Date, n: number) => new Date(from.getTime() + n * 60_000);
const tryName = (code: string, username: string, now: Date) =>
	activateAccount({ code, username, password: PASSWORD }, now, '10.9.9.9');
const stopped = async () =>
	await db()
		.select()
		.from(auditEvents)
		.where(
			and(
				eq(auditEvents.action, 'activation_names_stopped'),
				eq(auditEvents.youngPersonId, youngPersonId)
			)
		);

describe('a valid code asking which usernames are taken', () => {
	it('is told of a few, then refused for a while, even a free name; the refusal is audited and the worker named', async () => {
		const now = new Date('2030-03-02T10:00:00Z');
		const code = await issueActivationCode(youngPersonId, workerId, now);
		for (const name of TAKEN.slice(0, TAKEN_NAMES_PER_WINDOW))
			expect(await tryName(code, name, now)).toEqual({ ok: false, reason: 'username_taken' });
		const refused = { ok: false, reason: 'too_many_names' };
		expect(await tryName(code, TAKEN[TAKEN_NAMES_PER_WINDOW]!, now)).toEqual(refused);
		expect(await tryName(code, free, minutes(now, 1))).toEqual(refused);

		const events = await stopped();
		expect(events).toHaveLength(2);
		expect(events[0]).toMatchObject({
			actorId: null,
			subjectType: 'young_person',
			subjectId: youngPersonId,
			detail: { reason: 'too_many_names', issuedBy: workerId }
		});
		expect(isNotable('activation_names_stopped')).toBe(true);

		// Waiting is enough: the refused tries did not lengthen the wait.
		const later = new Date(now.getTime() + THROTTLE_LOCK_MS + 1);
		expect((await tryName(code, free, later)).ok).toBe(true);
	});

	it('leaves a child who meets a few taken names room to make their account', async () => {
		const now = new Date('2030-03-03T10:00:00Z');
		const code = await issueActivationCode(youngPersonId, workerId, now);
		for (const name of TAKEN.slice(0, TAKEN_NAMES_PER_WINDOW - 1))
			expect((await tryName(code, name, now)).ok).toBe(false);
		expect((await tryName(code, free, now)).ok).toBe(true);
		expect(await stopped()).toEqual([]);
	});

	it('cannot slip past the limit by asking many names at once', async () => {
		const now = new Date('2030-03-04T10:00:00Z');
		const code = await issueActivationCode(youngPersonId, workerId, now);
		const answers = await Promise.all(TAKEN.slice(0, 12).map((name) => tryName(code, name, now)));
		const reasons = answers.map((a) => (a.ok ? 'ok' : a.reason));
		expect(reasons.filter((r) => r === 'username_taken')).toHaveLength(TAKEN_NAMES_PER_WINDOW);
		expect(reasons.filter((r) => r === 'too_many_names')).toHaveLength(12 - TAKEN_NAMES_PER_WINDOW);
	});

	it('is told of only so many over the code’s whole life; a new code from the worker starts afresh', async () => {
		const issued = new Date('2030-03-05T10:00:00Z');
		const code = await issueActivationCode(youngPersonId, workerId, issued);
		let at = issued;
		for (const [i, name] of TAKEN.slice(0, TAKEN_NAMES_PER_CODE).entries()) {
			if (i > 0 && i % TAKEN_NAMES_PER_WINDOW === 0) at = minutes(at, 31);
			expect(await tryName(code, name, at)).toEqual({ ok: false, reason: 'username_taken' });
		}
		const worn = { ok: false, reason: 'code_worn_out' };
		expect(await tryName(code, TAKEN[TAKEN_NAMES_PER_CODE]!, minutes(at, 31))).toEqual(worn);
		const nearTheEnd = new Date(issued.getTime() + ACTIVATION_CODE_LIFETIME_MS - 60_000);
		expect(await tryName(code, free, nearTheEnd)).toEqual(worn);
		expect((await stopped()).map((e) => e.detail)).toEqual([
			{ reason: 'code_worn_out', issuedBy: workerId },
			{ reason: 'code_worn_out', issuedBy: workerId }
		]);

		const fresh = await issueActivationCode(youngPersonId, workerId, nearTheEnd);
		expect((await tryName(fresh, free, nearTheEnd)).ok).toBe(true);
	});
});

describe('a code that cannot be used', () => {
	const taken = TAKEN[0]!;

	it('is never told whether a username is taken: wrong, old, replaced, used or for a closed record', async () => {
		const now = new Date('2030-04-01T10:00:00Z');
		const answer = (code: string, at = now) => tryName(code, taken, at);

		expect(await answer('ABCD-EFGH-JKMN')).toEqual({ ok: false, reason: 'unknown_code' });

		const old = await issueActivationCode(youngPersonId, workerId, now);
		const expired = new Date(now.getTime() + ACTIVATION_CODE_LIFETIME_MS);
		expect(await answer(old, expired)).toEqual({ ok: false, reason: 'code_expired' });

		const earlier = await issueActivationCode(youngPersonId, workerId, now);
		const newer = await issueActivationCode(youngPersonId, workerId, now);
		expect(await answer(earlier)).toEqual({ ok: false, reason: 'code_expired' });

		const letter = await issueActivationCode(youngPersonId, workerId, now);
		await transaction(async (tx) => {
			await tx
				.update(activationCodes)
				.set({ via: 'letter' })
				.where(eq(activationCodes.codeHash, hashCode(letter)));
		});
		expect(await answer(letter)).toEqual({ ok: false, reason: 'code_replaced' });

		const used = await issueActivationCode(youngPersonId, workerId, now);
		expect((await tryName(used, free, now)).ok).toBe(true);
		expect(await answer(used)).toEqual({ ok: false, reason: 'code_used' });
		expect(await answer(newer)).toEqual({ ok: false, reason: 'code_expired' });

		const closed = await createYoungPerson({ teamId, archivedAt: now });
		const closedCode = await issueActivationCode(closed, workerId, now);
		expect(await answer(closedCode)).toEqual({ ok: false, reason: 'unknown_code' });
		const person = await db().select().from(youngPeople).where(eq(youngPeople.id, closed));
		expect(person[0]!.userId).toBeNull();
	});
});
