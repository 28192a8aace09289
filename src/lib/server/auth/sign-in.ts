import { eq, or } from 'drizzle-orm';
import { recordAuditEvent } from '../audit';
import { db } from '../db';
import { users } from '../db/schema';
import { decoyPasswordHash, verifyPassword } from './password';
import { clearAccountFailures, isLocked, recordFailedSignIn, type ThrottleKey } from './throttle';

export type SignInResult = { ok: true; userId: string } | { ok: false; reason: 'wrong_details' | 'too_many_tries' };

/**
 * Staff sign in with their email, young people with their username; one box
 * takes either. Every failure gives the same answer whatever went wrong, so the
 * page never reveals whether an account exists.
 */
export async function signIn(identifier: string, password: string, address: string): Promise<SignInResult> {
	const name = identifier.trim().toLowerCase();
	const keys: ThrottleKey[] = [
		{ kind: 'account', value: name },
		{ kind: 'address', value: address }
	];
	if (isLocked(keys)) {
		recordAuditEvent({ actorId: null, action: 'sign_in_failed', address, detail: { name, reason: 'locked' } });
		return { ok: false, reason: 'too_many_tries' };
	}

	const user = db()
		.select()
		.from(users)
		.where(or(eq(users.email, name), eq(users.username, name)))
		.get();
	const hash = user?.passwordHash ?? (await decoyPasswordHash());
	const passwordMatches = await verifyPassword(hash, password);

	if (!user || !user.passwordHash || !passwordMatches || !user.active) {
		recordFailedSignIn(keys);
		recordAuditEvent({
			actorId: user?.id ?? null,
			action: 'sign_in_failed',
			subjectType: 'user',
			subjectId: user?.id,
			address,
			detail: { name }
		});
		return { ok: false, reason: 'wrong_details' };
	}

	clearAccountFailures(name);
	recordAuditEvent({ actorId: user.id, action: 'sign_in', subjectType: 'user', subjectId: user.id, address });
	return { ok: true, userId: user.id };
}
