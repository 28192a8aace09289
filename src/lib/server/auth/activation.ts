import { pseudonym } from './pseudonym';
import { eq } from 'drizzle-orm';
import { recordAuditEvent } from '../audit';
import { db, transaction, type Reader } from '../db';
import { activationCodes, userRoles, users, youngPeople } from '../db/schema';
import { hashCode } from './activation-codes';
import { isTakenByAnother, reserveNameCheck, type NameCheck } from './activation-names';
import { hashPassword, verifyPassword } from './password';
import { SEND_AGAIN_MS } from './second-step';
import { releaseAttempt, reserveAttempt } from './throttle';
import { invalidateAllSessionsOfUser } from './session';
import { theRow } from '../db/rows';
import { forgetEveryDraft } from '../statements/mutations';

/** A young person makes their account with the code their worker gave them (activation-codes.ts makes it). */

type ActivationFailure =
	| 'unknown_code'
	| 'code_used'
	| 'code_expired'
	| 'code_replaced'
	| 'username_taken'
	| 'too_many_tries'
	| NameRefusal;
type NameRefusal = Extract<NameCheck, { ok: false }>['reason'];

/** Wrong codes allowed from one address in the throttle's window: a house of children typing codes has room. */
export const ACTIVATION_ADDRESS_LIMIT = 20;
type ActivationResult =
	{ ok: true; userId: string; reset: boolean } | { ok: false; reason: ActivationFailure };

type Valid =
	| { ok: true; code: typeof activationCodes.$inferSelect; person: typeof youngPeople.$inferSelect }
	| { ok: false; reason: ActivationFailure };

/** Cheap checks only (a hash of the code and a few indexed reads), so a wrong code costs no password hash. */
async function findValidCode(reader: Reader, typed: string, now: Date): Promise<Valid> {
	const code = (
		await reader
			.select()
			.from(activationCodes)
			.where(eq(activationCodes.codeHash, hashCode(typed)))
			.limit(1)
	)[0];
	if (!code) return { ok: false, reason: 'unknown_code' };
	if (code.usedAt) return { ok: false, reason: 'code_used' };
	if (code.expiresAt.getTime() <= now.getTime()) return { ok: false, reason: 'code_expired' };
	const person = (
		await reader.select().from(youngPeople).where(eq(youngPeople.id, code.youngPersonId)).limit(1)
	)[0];
	if (!person || person.archivedAt) return { ok: false, reason: 'unknown_code' };
	// Letters an administrator printed, before only workers made codes, open nothing: the administrator may have kept one.
	if (code.via === 'letter') return { ok: false, reason: 'code_replaced' };
	return { ok: true, code, person };
}

type ActivationInput = { code: string; username: string; password: string };

/**
 * The same form sent twice (a double tap sends it again before the first answer shows): the
 * code was used moments ago by this username with this password, so it signs them in again
 * rather than telling a child their code was used by someone else.
 */
async function sameActivationAgain(input: ActivationInput, now: Date): Promise<ActivationResult> {
	const refused = { ok: false, reason: 'code_used' } as const;
	const code = (
		await db()
			.select()
			.from(activationCodes)
			.where(eq(activationCodes.codeHash, hashCode(input.code)))
			.limit(1)
	)[0];
	if (!code?.usedAt || now.getTime() - code.usedAt.getTime() > SEND_AGAIN_MS) return refused;
	const account = (
		await db()
			.select({
				id: users.id,
				username: users.username,
				hash: users.passwordHash,
				active: users.active
			})
			.from(youngPeople)
			.innerJoin(users, eq(users.id, youngPeople.userId))
			.where(eq(youngPeople.id, code.youngPersonId))
			.limit(1)
	)[0];
	const same =
		account?.active &&
		account.hash &&
		account.username === input.username.trim().toLowerCase() &&
		(await verifyPassword(account.hash, input.password));
	return same ? { ok: true, userId: account.id, reset: code.resetSignIn } : refused;
}

export async function activateAccount(
	input: ActivationInput,
	now = new Date(),
	address?: string
): Promise<ActivationResult> {
	const result = await activateOnce(input, now, address);
	// A double tap's second send may find the code used, or (where reads run side by side, as on
	// PostgreSQL) the name already taken by the account the first send has just made.
	if (result.ok || (result.reason !== 'code_used' && result.reason !== 'username_taken'))
		return result;
	const again = await sameActivationAgain(input, now);
	return again.ok ? again : result;
}

async function activateOnce(
	input: ActivationInput,
	now: Date,
	address?: string
): Promise<ActivationResult> {
	const username = input.username.trim().toLowerCase();
	const reservation = address
		? await reserveAttempt(
				[
					{
						key: `activation:${pseudonym('address', address)}`,
						limit: ACTIVATION_ADDRESS_LIMIT,
						applies: true
					}
				],
				now
			)
		: undefined;
	if (reservation === null) return { ok: false, reason: 'too_many_tries' };
	const checked = await findValidCode(db(), input.code, now);
	// Only a wrong code counts as a guess from the address; a right code is given back.
	if (reservation && checked.ok)
		await transaction(async (tx) => await releaseAttempt(tx, reservation, now));
	if (!checked.ok) return checked;
	// A taken name is counted against the code instead (activation-names.ts).
	const names = await reserveNameCheck(checked.code, checked.person, now);
	if (!names.ok) return names;
	if (await isTakenByAnother(db(), username, checked.person))
		return { ok: false, reason: 'username_taken' };
	const passwordHash = await hashPassword(input.password);
	return await transaction(async (tx): Promise<ActivationResult> => {
		// Checked again: the same code may have been used, or the name taken, while the password was hashed.
		const usable = await findValidCode(tx, input.code, now);
		if (!usable.ok) return usable;
		const { code, person } = usable;
		if (await isTakenByAnother(tx, username, person))
			return { ok: false, reason: 'username_taken' };
		// A free name tells nothing about anyone: its count is given back as the account is made.
		await releaseAttempt(tx, names.reservation, now);
		let userId = person.userId;
		const reset = userId !== null;
		if (userId) {
			await tx.update(users).set({ username, passwordHash }).where(eq(users.id, userId));
			await invalidateAllSessionsOfUser(tx, userId);
			// The new sign-in opens nothing the old one kept unsent (ADR 10).
			await forgetEveryDraft(tx, person.id);
		} else {
			const name = person.preferredName;
			userId = theRow(
				await tx
					.insert(users)
					.values({ username, passwordHash, displayName: name, firstName: name })
					.returning()
			).id;
			await tx.insert(userRoles).values({ userId, role: 'young_person' });
			await tx.update(youngPeople).set({ userId }).where(eq(youngPeople.id, person.id));
		}
		await tx
			.update(activationCodes)
			.set({ usedAt: now, resetSignIn: reset })
			.where(eq(activationCodes.id, code.id));
		const issuer = code.createdBy
			? (
					await tx
						.select({ name: users.displayName })
						.from(users)
						.where(eq(users.id, code.createdBy))
						.limit(1)
				)[0]
			: undefined;
		// The audit names who made the code as well as the account it opened: whoever typed it is not known.
		const detail = { issuedBy: code.createdBy, issuedByName: issuer?.name ?? null, via: code.via };
		await recordAuditEvent(
			tx,
			{
				actorId: userId,
				action: reset ? 'sign_in_reset' : 'account_activated',
				subjectType: 'young_person',
				subjectId: person.id,
				youngPersonId: person.id,
				detail
			},
			now
		);
		return { ok: true, userId, reset };
	});
}
