import { eq } from 'drizzle-orm';
import { decodeBase32IgnorePadding } from '@oslojs/encoding';
import { generateHOTP } from '@oslojs/otp';
import { describe, expect, it } from 'vitest';
import { db } from '../db';
import { recoveryCodes } from '../db/schema';
import { createStaff, createYoungPerson, createTeam } from '$tests/fixtures';
import { createYoungPersonUser } from '$tests/fixtures/reports';
import {
	checkSecondStep,
	confirmSecondStep,
	hasSecondStep,
	needsSecondStep,
	pendingKeyFor
} from './second-step';
import { resetSecondStep } from './sign-in-challenge';

const NOW = new Date('2026-11-30T03:00:00Z');
const codeAt = (secret: string, at: Date) =>
	generateHOTP(
		decodeBase32IgnorePadding(secret.replace(/\s/g, '')),
		BigInt(Math.floor(at.getTime() / 30_000)),
		6
	);

describe('second sign-in step', () => {
	it('is asked of staff by default and never of a young person', async () => {
		const worker = await createStaff(['worker']);
		expect(await needsSecondStep(worker.id)).toBe(true);
		const child = await createYoungPersonUser();
		await createYoungPerson({ teamId: await createTeam(), userId: child });
		expect(await needsSecondStep(child)).toBe(false);
	});

	it('confirms with a right code, accepts each code once, and uses each recovery code once', async () => {
		const worker = await createStaff(['worker']);
		const { secret } = (await pendingKeyFor(worker.id, worker.email))!;
		expect(await confirmSecondStep(worker.id, '000000', NOW)).toBeNull();
		const recovery = (await confirmSecondStep(worker.id, codeAt(secret, NOW), NOW))!;
		expect(recovery).toHaveLength(10);
		const stored = await db()
			.select()
			.from(recoveryCodes)
			.where(eq(recoveryCodes.userId, worker.id));
		expect(stored.map((r) => r.codeHash)).not.toContain(recovery[0]!.replace('-', ''));

		// The code that confirmed it cannot sign in again; the next one can, once.
		expect(await checkSecondStep(worker.id, codeAt(secret, NOW), NOW)).toBeNull();
		const later = new Date(NOW.getTime() + 30_000);
		expect(await checkSecondStep(worker.id, codeAt(secret, later), later)).toBe('app');
		expect(await checkSecondStep(worker.id, codeAt(secret, later), later)).toBeNull();
		expect(await checkSecondStep(worker.id, recovery[0]!, later)).toBe('recovery');
		expect(await checkSecondStep(worker.id, recovery[0]!, later)).toBeNull();
	});

	it('shows new recovery codes to a confirm sent twice at once, and none to one sent later', async () => {
		const worker = await createStaff(['worker']);
		const { secret } = (await pendingKeyFor(worker.id, worker.email))!;
		const code = codeAt(secret, NOW);
		const first = (await confirmSecondStep(worker.id, code, NOW))!;
		// The first answer may never have been seen: the second shows a new set, the first stops working.
		const again = (await confirmSecondStep(worker.id, code, new Date(NOW.getTime() + 1000)))!;
		expect(again).toHaveLength(10);
		expect(again).not.toEqual(first);
		const later = new Date(NOW.getTime() + 60_000);
		expect(await checkSecondStep(worker.id, first[0]!, later)).toBeNull();
		expect(await checkSecondStep(worker.id, again[0]!, later)).toBe('recovery');
		const muchLater = new Date(NOW.getTime() + 10 * 60_000);
		expect(await confirmSecondStep(worker.id, codeAt(secret, muchLater), muchLater)).toBeNull();
	});

	it('is reset by an administrator for someone else, never for their own account', async () => {
		const admin = await createStaff(['admin']);
		const worker = await createStaff(['worker']);
		for (const person of [admin, worker]) {
			const { secret } = (await pendingKeyFor(person.id, person.email))!;
			await confirmSecondStep(person.id, codeAt(secret, NOW), NOW);
		}
		expect(await resetSecondStep(admin, admin.id, NOW)).toEqual({
			ok: false,
			error: 'own_second_step'
		});
		expect(await hasSecondStep(admin.id)).toBe(true);
		expect(await resetSecondStep(admin, worker.id, NOW)).toEqual({ ok: true });
		expect(await hasSecondStep(worker.id)).toBe(false);
	});
});
