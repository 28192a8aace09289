import { and, desc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db, transaction } from '../db';
import { theRow } from '../db/rows';
import { auditEvents, signInPlaces, signInThrottle, userRoles, users } from '../db/schema';
import { createStaff } from '$tests/fixtures';
import { hashPassword } from './password';
import { pseudonym } from './pseudonym';
import { signIn } from './sign-in';
import { SIGN_IN_LIMITS } from './sign-in-throttle';

const PASSWORD = 'right password 123';
/** Every test signs in from its own address, so the address counts of one do not lock another. */
let addresses = 0;
const newAddress = () => `192.0.2.${++addresses}`;

/** The newest audit event: tests here run one after another, so it is the last one's. */
const lastEvent = async () =>
	(await db().select().from(auditEvents).orderBy(desc(auditEvents.id)).limit(1))[0];

async function createYoungPersonAccount(username: string, active = true): Promise<string> {
	const passwordHash = await hashPassword(PASSWORD);
	return await transaction(async (tx) => {
		const { id } = theRow(
			await tx
				.insert(users)
				.values({ username, passwordHash, displayName: 'Robin', firstName: 'Robin', active })
				.returning()
		);
		await tx.insert(userRoles).values({ userId: id, role: 'young_person' });
		return id;
	});
}

describe('signIn', () => {
	it('signs staff in by email, in any case, and records it', async () => {
		const staff = await createStaff(['worker'], { password: PASSWORD });
		const address = newAddress();
		expect(await signIn(`  ${staff.email.toUpperCase()} `, PASSWORD, address)).toEqual({
			ok: true,
			userId: staff.id
		});
		const event = await lastEvent();
		expect(event?.action).toBe('sign_in');
		expect(event?.actorId).toBe(staff.id);
		// Where someone signs in from is never kept in the audit log.
		expect(event?.address).toBeNull();
	});

	it('signs a young person in by username, in any case', async () => {
		const userId = await createYoungPersonAccount('robin_sign_in');
		const address = newAddress();
		expect(await signIn('Robin_Sign_In', PASSWORD, address)).toEqual({ ok: true, userId });
		expect((await lastEvent())?.action).toBe('sign_in');
	});

	it('gives the same answer for a wrong password and an unknown account, and records both', async () => {
		const staff = await createStaff(['worker'], { password: PASSWORD });
		const address = newAddress();

		expect(await signIn(staff.email, 'wrong password', address)).toEqual({
			ok: false,
			reason: 'wrong_details'
		});
		const wrongPassword = await lastEvent();
		expect(wrongPassword?.action).toBe('sign_in_failed');
		expect(wrongPassword?.subjectId).toBe(staff.id);

		expect(await signIn('nobody@heard.example', PASSWORD, address)).toEqual({
			ok: false,
			reason: 'wrong_details'
		});
		const unknown = await lastEvent();
		expect(unknown?.action).toBe('sign_in_failed');
		expect(unknown?.actorId).toBeNull();
		expect(unknown?.address).toBeNull();

		// What was typed is never kept: it can be a password typed into the wrong box.
		await signIn('Ruby-secret-pw-77', 'ruby', address);
		const typed = await db().select().from(auditEvents);
		expect(JSON.stringify(typed).toLowerCase()).not.toContain('ruby-secret-pw-77');
	});

	it('keeps no address and no typed name for throttling and known places, only pseudonyms', async () => {
		const staff = await createStaff(['worker'], { password: PASSWORD });
		const address = newAddress();
		await signIn('Typed-Secret-Words-9', 'wrong', address);
		await signIn(staff.email, 'wrong', address);
		expect((await signIn(staff.email, PASSWORD, address)).ok).toBe(true);
		const kept = JSON.stringify([
			await db().select().from(signInThrottle),
			await db().select().from(signInPlaces)
		]).toLowerCase();
		expect(kept).not.toContain(address);
		expect(kept).not.toContain('typed-secret-words-9');
		expect(kept).not.toContain(staff.email.toLowerCase());
		// The place is still known: the same address is one place, another address another.
		const places = await db().select().from(signInPlaces);
		expect(places.filter((p) => p.userId === staff.id)).toHaveLength(1);
		expect(pseudonym('address', address)).toBe(pseudonym('address', address));
		expect(pseudonym('address', address)).not.toBe(pseudonym('address', newAddress()));
		expect(pseudonym('address', address)).not.toBe(pseudonym('name', address));
	});

	it('locks an account after too many failures, even for the right password', async () => {
		const staff = await createStaff(['worker'], { password: PASSWORD });
		const other = await createStaff(['worker'], { password: PASSWORD });
		for (let i = 0; i < SIGN_IN_LIMITS.account; i++) {
			expect((await signIn(staff.email, `guess ${i}`, newAddress())).ok).toBe(false);
		}
		expect(await signIn(staff.email, PASSWORD, newAddress())).toEqual({
			ok: false,
			reason: 'too_many_tries'
		});
		// The lock is on that account only.
		expect((await signIn(other.email, PASSWORD, newAddress())).ok).toBe(true);
	});

	it('counts failures afresh after a successful sign-in', async () => {
		const staff = await createStaff(['worker'], { password: PASSWORD });
		const address = newAddress();
		for (let i = 0; i < SIGN_IN_LIMITS.account - 1; i++)
			await signIn(staff.email, 'wrong', address);
		expect((await signIn(staff.email, PASSWORD, address)).ok).toBe(true);
		for (let i = 0; i < SIGN_IN_LIMITS.account - 1; i++)
			await signIn(staff.email, 'wrong', address);
		expect((await signIn(staff.email, PASSWORD, address)).ok).toBe(true);
	});

	it('locks an address after too many failures across different account names', async () => {
		const staff = await createStaff(['worker'], { password: PASSWORD });
		const address = newAddress();
		for (let i = 0; i < SIGN_IN_LIMITS.address; i++) {
			expect(await signIn(`guess-${i}@heard.example`, 'wrong', address)).toEqual({
				ok: false,
				reason: 'wrong_details'
			});
		}
		expect(await signIn(staff.email, PASSWORD, address)).toEqual({
			ok: false,
			reason: 'too_many_tries'
		});
		const locked = (
			await db()
				.select()
				.from(auditEvents)
				.where(and(eq(auditEvents.subjectId, staff.id), eq(auditEvents.action, 'sign_in_failed')))
				.orderBy(desc(auditEvents.id))
				.limit(1)
		)[0];
		expect(locked?.detail).toMatchObject({ reason: 'locked' });
		// The same person elsewhere is not affected.
		expect((await signIn(staff.email, PASSWORD, newAddress())).ok).toBe(true);
	});

	it('tells only someone with the right password that the account is closed, and does not count it as a try', async () => {
		const staff = await createStaff(['worker'], { password: PASSWORD, active: false });
		const youngPerson = await createYoungPersonAccount('robin_gone', false);
		const address = newAddress();
		expect(await signIn(staff.email, 'wrong password', address)).toEqual({
			ok: false,
			reason: 'wrong_details'
		});
		expect(await signIn('robin_gone', 'wrong password', address)).toEqual({
			ok: false,
			reason: 'wrong_details'
		});
		for (let i = 0; i < SIGN_IN_LIMITS.place + 1; i++) {
			expect(await signIn('robin_gone', PASSWORD, address)).toEqual({
				ok: false,
				reason: 'account_closed',
				userId: youngPerson
			});
		}
		expect(await signIn(staff.email, PASSWORD, address)).toEqual({
			ok: false,
			reason: 'account_closed',
			userId: staff.id
		});
		expect(await lastEvent()).toMatchObject({
			action: 'sign_in_failed',
			subjectId: staff.id,
			detail: { reason: 'closed' }
		});
	});

	it('refuses an account that has no password yet', async () => {
		const staff = await createStaff(['worker']);
		expect(await signIn(staff.email, '', newAddress())).toEqual({
			ok: false,
			reason: 'wrong_details'
		});
	});
});
