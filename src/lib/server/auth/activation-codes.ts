import { sha256 } from '@oslojs/crypto/sha2';
import { encodeHexLowerCase } from '@oslojs/encoding';
import { and, eq, isNull } from 'drizzle-orm';
import { recordAuditEvent } from '../audit';
import { transaction, type Tx } from '../db';
import { activationCodes, youngPeople } from '../db/schema';
import { invalidateAllSessionsOfUser } from './session';

/**
 * Making a young person's sign-in code (activation.ts is using one). Only its
 * hash is stored; the code is shown once, on the letter the worker prints.
 */

/** No 0/O, 1/I/L: codes are typed by children from a printed letter. */
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
const CODE_LENGTH = 12;
export const ACTIVATION_CODE_LIFETIME_MS = 30 * 24 * 60 * 60 * 1000;

export function normaliseCode(typed: string): string {
	return typed.toUpperCase().replace(/[^0-9A-Z]/g, '');
}

export function hashCode(code: string): string {
	return encodeHexLowerCase(sha256(new TextEncoder().encode(normaliseCode(code))));
}

/** Shown in groups of four ("ABCD-EFGH-JKMN") so it is easy to read out and type. */
export function formatCode(code: string): string {
	return (
		normaliseCode(code)
			.match(/.{1,4}/g)
			?.join('-') ?? ''
	);
}

/** Rejection sampling: every character equally likely (about 59 bits a code). */
function randomCode(): string {
	const limit = 256 - (256 % ALPHABET.length);
	let code = '';
	while (code.length < CODE_LENGTH) {
		for (const b of crypto.getRandomValues(new Uint8Array(CODE_LENGTH))) {
			if (b < limit && code.length < CODE_LENGTH) code += ALPHABET[b % ALPHABET.length];
		}
	}
	return code;
}

/**
 * A new code replaces any earlier unused one, and ends the young person's
 * sessions. Every code, the first letter too, is made by their worker (or a
 * manager of their team), who reads their words anyway (ADR 0010).
 */
export async function issueActivationCode(
	youngPersonId: string,
	issuedBy: string | null,
	now = new Date()
): Promise<string> {
	return await transaction(
		async (tx) => await writeActivationCode(tx, youngPersonId, issuedBy, now)
	);
}

/** The same, through a transaction already open (the demo organisation's). */
export async function writeActivationCode(
	tx: Tx,
	youngPersonId: string,
	issuedBy: string | null,
	now: Date
): Promise<string> {
	const via = 'worker';
	const code = randomCode();
	await tx
		.update(activationCodes)
		.set({ expiresAt: now })
		.where(and(eq(activationCodes.youngPersonId, youngPersonId), isNull(activationCodes.usedAt)));
	await tx.insert(activationCodes).values({
		youngPersonId,
		codeHash: hashCode(code),
		expiresAt: new Date(now.getTime() + ACTIVATION_CODE_LIFETIME_MS),
		createdBy: issuedBy,
		via
	});
	const person = (
		await tx.select().from(youngPeople).where(eq(youngPeople.id, youngPersonId)).limit(1)
	)[0];
	if (person?.userId) await invalidateAllSessionsOfUser(tx, person.userId);
	const detail = { via, replacesSignIn: Boolean(person?.userId) };
	await recordAuditEvent(
		tx,
		{
			actorId: issuedBy,
			action: 'activation_code_issued',
			subjectType: 'young_person',
			subjectId: youngPersonId,
			youngPersonId,
			detail
		},
		now
	);
	return formatCode(code);
}
