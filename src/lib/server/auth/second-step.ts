import { and, eq, gt, isNotNull, isNull } from 'drizzle-orm';
import { sha256 } from '@oslojs/crypto/sha2';
import { encodeBase32UpperCaseNoPadding, encodeHexLowerCase, decodeHex } from '@oslojs/encoding';
import { createTOTPKeyURI, generateHOTP } from '@oslojs/otp';
import { recordAuditEvent } from '../audit';
import { db, transaction, type Tx } from '../db';
import { recoveryCodes, secondSteps, userRoles } from '../db/schema';
import { getSetting } from '../settings';
import { theRow } from '../db/rows';

const PERIOD_S = 30;
const DIGITS = 6;
export const RECOVERY_CODE_COUNT = 10;

const hash = (text: string) => encodeHexLowerCase(sha256(new TextEncoder().encode(text)));
const normalise = (code: string) => code.replace(/[\s-]/g, '').toLowerCase();

/** Young people are never asked; staff are once they set it up, or when the organisation requires it. */
export async function needsSecondStep(userId: string): Promise<boolean> {
	const roles = await db().select().from(userRoles).where(eq(userRoles.userId, userId));
	if (roles.length === 0 || roles.some((r) => r.role === 'young_person')) return false;
	return (await hasSecondStep(userId)) || (await getSetting('staffTwoStepRequired'));
}

export async function hasSecondStep(userId: string): Promise<boolean> {
	return !!(
		await db()
			.select({ userId: secondSteps.userId })
			.from(secondSteps)
			.where(and(eq(secondSteps.userId, userId), isNotNull(secondSteps.confirmedAt)))
			.limit(1)
	)[0];
}

/** A key waiting to be confirmed, made if there is none: the QR code and the key to type in. */
export async function pendingKeyFor(userId: string, accountName: string) {
	let row = (
		await db().select().from(secondSteps).where(eq(secondSteps.userId, userId)).limit(1)
	)[0];
	if (row?.confirmedAt) return null;
	if (!row) {
		const keyHex = encodeHexLowerCase(crypto.getRandomValues(new Uint8Array(20)));
		row = theRow(
			await transaction((tx) => tx.insert(secondSteps).values({ userId, keyHex }).returning())
		);
	}
	const key = decodeHex(row.keyHex);
	return {
		secret: encodeBase32UpperCaseNoPadding(key)
			.match(/.{1,4}/g)!
			.join(' '),
		uri: createTOTPKeyURI(
			(await getSetting('organisationName')) + ' Heard',
			accountName,
			key,
			PERIOD_S,
			DIGITS
		)
	};
}

/** The time step of a right code within one step either side (clocks drift), or null. */
function matchingStep(keyHex: string, code: string, now: Date): number | null {
	const key = decodeHex(keyHex);
	const current = Math.floor(now.getTime() / 1000 / PERIOD_S);
	for (const step of [current, current - 1, current + 1]) {
		const at = new Date(step * PERIOD_S * 1000);
		if (totpAt(key, at) === normalise(code)) return step;
	}
	return null;
}

/** A TOTP code is the HOTP code of its time step (RFC 6238), so a given step can be checked. */
const totpAt = (key: Uint8Array, at: Date) =>
	generateHOTP(key, BigInt(Math.floor(at.getTime() / 1000 / PERIOD_S)), DIGITS);

async function newRecoveryCodes(tx: Tx, userId: string): Promise<string[]> {
	await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
	const codes = Array.from({ length: RECOVERY_CODE_COUNT }, () =>
		encodeBase32UpperCaseNoPadding(crypto.getRandomValues(new Uint8Array(5))).toLowerCase()
	);
	for (const code of codes) await tx.insert(recoveryCodes).values({ userId, codeHash: hash(code) });
	return codes.map((c) => `${c.slice(0, 4)}-${c.slice(4)}`);
}

/**
 * A confirm form sent again this soon after the first (a double tap, a resend): the answer that
 * showed the recovery codes may never have been seen, so it shows new ones in their place.
 */
export const SEND_AGAIN_MS = 2 * 60 * 1000;

/**
 * The first right code confirms the key; the recovery codes are returned once, never again,
 * except to the same confirm sent again at once, which gets new ones (the first set stops working).
 */
export async function confirmSecondStep(
	userId: string,
	code: string,
	now = new Date()
): Promise<string[] | null> {
	return await transaction(async (tx) => {
		const row = (
			await tx.select().from(secondSteps).where(eq(secondSteps.userId, userId)).limit(1)
		)[0];
		if (!row) return null;
		const step = matchingStep(row.keyHex, code, now);
		if (step === null) return null;
		const again = row.confirmedAt !== null;
		if (
			again &&
			(now.getTime() - row.confirmedAt!.getTime() > SEND_AGAIN_MS || step < row.lastStep)
		)
			return null;
		await tx
			.update(secondSteps)
			.set({ confirmedAt: row.confirmedAt ?? now, lastStep: step })
			.where(eq(secondSteps.userId, userId));
		await recordAuditEvent(
			tx,
			{
				actorId: userId,
				action: 'second_step_set_up',
				subjectType: 'user',
				subjectId: userId,
				detail: again ? { recoveryCodesShownAgain: true } : undefined
			},
			now
		);
		return await newRecoveryCodes(tx, userId);
	});
}

/** A recovery code this person used within the last two minutes. */
const usedJustNow = async (tx: Tx, userId: string, code: string, now: Date) =>
	!!(
		await tx
			.select({ usedAt: recoveryCodes.usedAt })
			.from(recoveryCodes)
			.where(
				and(
					eq(recoveryCodes.userId, userId),
					eq(recoveryCodes.codeHash, hash(normalise(code))),
					gt(recoveryCodes.usedAt, new Date(now.getTime() - SEND_AGAIN_MS))
				)
			)
			.limit(1)
	)[0];

/**
 * A code from the app (each accepted once) or an unused recovery code, which is then used up.
 * `again`: the same sign-in form sent again just after it passed, so the code it used still counts.
 */
export async function checkSecondStep(
	userId: string,
	code: string,
	now = new Date(),
	again = false
): Promise<'app' | 'recovery' | null> {
	return await transaction(async (tx) => {
		const row = (
			await tx.select().from(secondSteps).where(eq(secondSteps.userId, userId)).limit(1)
		)[0];
		if (!row?.confirmedAt) return null;
		const step = matchingStep(row.keyHex, code, now);
		if (step !== null && again && step === row.lastStep) return 'app';
		if (step !== null && step > row.lastStep) {
			await tx.update(secondSteps).set({ lastStep: step }).where(eq(secondSteps.userId, userId));
			return 'app';
		}
		const used = await tx
			.update(recoveryCodes)
			.set({ usedAt: now })
			.where(
				and(
					eq(recoveryCodes.userId, userId),
					eq(recoveryCodes.codeHash, hash(normalise(code))),
					isNull(recoveryCodes.usedAt)
				)
			)
			.returning();
		if (used.length === 0)
			return again && (await usedJustNow(tx, userId, code, now)) ? 'recovery' : null;
		await recordAuditEvent(
			tx,
			{ actorId: userId, action: 'recovery_code_used', subjectType: 'user', subjectId: userId },
			now
		);
		return 'recovery';
	});
}
