import { sha256 } from '@oslojs/crypto/sha2';
import { encodeHexLowerCase } from '@oslojs/encoding';
import { and, eq, isNull } from 'drizzle-orm';
import { recordAuditEvent } from '../audit';
import { db } from '../db';
import { activationCodes, userRoles, users, youngPeople } from '../db/schema';
import { hashPassword } from './password';
import { invalidateAllSessionsOfUser } from './session';

/** No 0/O, 1/I/L: codes are typed by children from a printed letter. */
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
const CODE_LENGTH = 12;
export const ACTIVATION_CODE_LIFETIME_MS = 30 * 24 * 60 * 60 * 1000;

export function normaliseCode(typed: string): string {
	return typed.toUpperCase().replace(/[^0-9A-Z]/g, '');
}

function hashCode(code: string): string {
	return encodeHexLowerCase(sha256(new TextEncoder().encode(normaliseCode(code))));
}

/** Shown in groups of four ("ABCD-EFGH-JKMN") so it is easy to read out and type. */
export function formatCode(code: string): string {
	return normaliseCode(code).match(/.{1,4}/g)?.join('-') ?? '';
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
 * sessions: it is how a forgotten password is reset.
 */
export function issueActivationCode(youngPersonId: string, issuedBy: string | null, now = new Date()): string {
	const code = randomCode();
	db().transaction(() => {
		db()
			.update(activationCodes)
			.set({ expiresAt: now })
			.where(and(eq(activationCodes.youngPersonId, youngPersonId), isNull(activationCodes.usedAt)))
			.run();
		db()
			.insert(activationCodes)
			.values({
				youngPersonId,
				codeHash: hashCode(code),
				expiresAt: new Date(now.getTime() + ACTIVATION_CODE_LIFETIME_MS),
				createdBy: issuedBy
			})
			.run();
		const person = db().select().from(youngPeople).where(eq(youngPeople.id, youngPersonId)).get();
		if (person?.userId) invalidateAllSessionsOfUser(person.userId);
		recordAuditEvent(
			{ actorId: issuedBy, action: 'activation_code_issued', subjectType: 'young_person', subjectId: youngPersonId, youngPersonId },
			now
		);
	});
	return formatCode(code);
}

export type ActivationResult =
	| { ok: true; userId: string }
	| { ok: false; reason: 'unknown_code' | 'code_used' | 'code_expired' | 'username_taken' };

export async function activateAccount(
	input: { code: string; username: string; password: string },
	now = new Date()
): Promise<ActivationResult> {
	const passwordHash = await hashPassword(input.password);
	const username = input.username.trim().toLowerCase();
	return db().transaction((tx): ActivationResult => {
		const code = tx.select().from(activationCodes).where(eq(activationCodes.codeHash, hashCode(input.code))).get();
		if (!code) return { ok: false, reason: 'unknown_code' };
		if (code.usedAt) return { ok: false, reason: 'code_used' };
		if (code.expiresAt.getTime() <= now.getTime()) return { ok: false, reason: 'code_expired' };
		const person = tx.select().from(youngPeople).where(eq(youngPeople.id, code.youngPersonId)).get();
		if (!person || person.archivedAt) return { ok: false, reason: 'unknown_code' };

		const holder = tx.select({ id: users.id }).from(users).where(eq(users.username, username)).get();
		if (holder && holder.id !== person.userId) return { ok: false, reason: 'username_taken' };

		let userId = person.userId;
		if (userId) {
			tx.update(users).set({ username, passwordHash }).where(eq(users.id, userId)).run();
		} else {
			const name = person.preferredName;
			userId = tx.insert(users).values({ username, passwordHash, displayName: name, firstName: name }).returning().get().id;
			tx.insert(userRoles).values({ userId, role: 'young_person' }).run();
			tx.update(youngPeople).set({ userId }).where(eq(youngPeople.id, person.id)).run();
		}
		tx.update(activationCodes).set({ usedAt: now }).where(eq(activationCodes.id, code.id)).run();
		recordAuditEvent(
			{ actorId: userId, action: 'account_activated', subjectType: 'young_person', subjectId: person.id, youngPersonId: person.id },
			now
		);
		return { ok: true, userId };
	});
}
