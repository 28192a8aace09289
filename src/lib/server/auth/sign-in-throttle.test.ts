import { describe, expect, it } from 'vitest';
import { createStaff } from '$tests/fixtures';
import { signIn } from './sign-in';
import { SIGN_IN_LIMITS } from './sign-in-throttle';

const PASSWORD = 'right password 123';
let addresses = 0;
const newAddress = () => `198.51.100.${++addresses}`;
const MINUTE = 60_000;
const at = (start: Date, minutes: number) => new Date(start.getTime() + minutes * MINUTE);

async function failTimes(times: number, name: string, address: () => string, now?: Date) {
	for (let i = 0; i < times; i++) await signIn(name, `guess ${i}`, address(), now);
}

describe('sign-in throttling', () => {
	it('evaluates no more guesses than the limit when they all arrive at once', async () => {
		const staff = await createStaff(['worker'], { password: PASSWORD });
		const results = await Promise.all(
			Array.from({ length: 20 }, (_, i) => signIn(staff.email, `guess ${i}`, newAddress()))
		);
		expect(results.filter((r) => !r.ok && r.reason === 'wrong_details')).toHaveLength(
			SIGN_IN_LIMITS.account
		);
		expect(results.filter((r) => !r.ok && r.reason === 'too_many_tries')).toHaveLength(
			20 - SIGN_IN_LIMITS.account
		);
	});

	it('does not shut an account out of a place it already signs in from when strangers guess elsewhere', async () => {
		const staff = await createStaff(['worker'], { password: PASSWORD });
		const home = newAddress();
		expect((await signIn(staff.email, PASSWORD, home)).ok).toBe(true);
		await failTimes(SIGN_IN_LIMITS.account * 3, staff.email, newAddress);
		expect((await signIn(staff.email, PASSWORD, home)).ok).toBe(true);
		// Guessing is still stopped: a new place gets no more tries, not even with the right password.
		expect(await signIn(staff.email, PASSWORD, newAddress())).toEqual({
			ok: false,
			reason: 'too_many_tries'
		});
	});

	it('still stops someone guessing from a place the account uses', async () => {
		const staff = await createStaff(['worker'], { password: PASSWORD });
		const home = newAddress();
		expect((await signIn(staff.email, PASSWORD, home)).ok).toBe(true);
		await failTimes(SIGN_IN_LIMITS.place, staff.email, () => home);
		expect(await signIn(staff.email, 'one more guess', home)).toEqual({
			ok: false,
			reason: 'too_many_tries'
		});
		expect(await signIn(staff.email, PASSWORD, home)).toEqual({
			ok: false,
			reason: 'too_many_tries'
		});
	});

	it('does not shut a shared house out when someone there tries many names', async () => {
		const [first, second, newcomer] = await Promise.all(
			[1, 2, 3].map(() => createStaff(['worker'], { password: PASSWORD }))
		);
		const house = newAddress();
		expect((await signIn(first!.email, PASSWORD, house)).ok).toBe(true);
		expect((await signIn(second!.email, PASSWORD, house)).ok).toBe(true);
		// Two accounts sign in here, so the house has room for 30 + 2 × 10 mistakes before new names are refused.
		const roomForMistakes = SIGN_IN_LIMITS.address + 2 * SIGN_IN_LIMITS.addressPerAccountThere;
		for (let i = 0; i < roomForMistakes; i++) {
			expect(await signIn(`nobody-${i}@heard.example`, 'wrong', house)).toEqual({
				ok: false,
				reason: 'wrong_details'
			});
		}
		expect(await signIn(newcomer!.email, PASSWORD, house)).toEqual({
			ok: false,
			reason: 'too_many_tries'
		});
		// The people who already sign in there are not shut out.
		expect((await signIn(first!.email, PASSWORD, house)).ok).toBe(true);
		expect((await signIn(second!.email, PASSWORD, house)).ok).toBe(true);
		// And the newcomer can sign in anywhere else.
		expect((await signIn(newcomer!.email, PASSWORD, newAddress())).ok).toBe(true);
	});

	it('gives more tries once the window has passed', async () => {
		const staff = await createStaff(['worker'], { password: PASSWORD });
		const start = new Date('2026-03-02T10:00:00Z');
		const address = newAddress();
		await failTimes(SIGN_IN_LIMITS.account, staff.email, () => address, start);
		expect(await signIn(staff.email, PASSWORD, address, at(start, 14))).toEqual({
			ok: false,
			reason: 'too_many_tries'
		});
		expect(await signIn(staff.email, PASSWORD, newAddress(), at(start, 14))).toEqual({
			ok: false,
			reason: 'too_many_tries'
		});
		expect((await signIn(staff.email, PASSWORD, address, at(start, 16))).ok).toBe(true);
	});

	it('forgets a place the account has not signed in from for 90 days', async () => {
		const staff = await createStaff(['worker'], { password: PASSWORD });
		const start = new Date('2026-01-05T10:00:00Z');
		const home = newAddress();
		expect((await signIn(staff.email, PASSWORD, home, start)).ok).toBe(true);
		const later = at(start, 91 * 24 * 60);
		await failTimes(SIGN_IN_LIMITS.account, staff.email, newAddress, later);
		expect(await signIn(staff.email, PASSWORD, home, at(later, 1))).toEqual({
			ok: false,
			reason: 'too_many_tries'
		});
	});
});
