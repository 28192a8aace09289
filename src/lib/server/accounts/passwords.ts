import { eq } from 'drizzle-orm';
import { m } from '$lib/paraglide/messages.js';
import type { SessionUser } from '../auth/session';
import {
	issuePasswordLink,
	passwordLinkPath,
	type PasswordLinkPurpose
} from '../auth/password-links';
import { invalidateAllSessionsOfUser } from '../auth/session';
import { recordAuditEvent } from '../audit';
import { db, transaction, type Tx } from '../db';
import { mailOutbox, users } from '../db/schema';
import { appOrigin } from '../notifications/tell';
import { deliverMailSoon } from '../notifications/mail-wake';

/**
 * Staff passwords an administrator starts but never sees: a new account and a
 * reset both email the member of staff a "set your password" link.
 */

/** Issues the link and writes its email into the outbox, through the transaction that needs it. */
export async function mailPasswordLink(
	tx: Tx,
	to: string,
	purpose: Exclude<PasswordLinkPurpose, 'first_admin'>,
	userId: string,
	actorId: string,
	now: Date
): Promise<void> {
	const { token } = await issuePasswordLink(tx, userId, purpose, actorId, now);
	const link = appOrigin() + passwordLinkPath(token);
	const mail =
		purpose === 'reset'
			? { subject: m.staff_email_reset_subject(), body: m.staff_email_reset_body({ link }) }
			: { subject: m.staff_email_welcome_subject(), body: m.staff_email_welcome_body({ link }) };
	await tx
		.insert(mailOutbox)
		.values({ to, ...mail, holdsLink: true, createdAt: now, nextAttemptAt: now });
}

type ResetResult =
	{ ok: true; email: string } | { ok: false; error: 'not_found' | 'deactivated' | 'own_password' };

/**
 * A forgotten or exposed password: the old one stops working, every session
 * ends, and the member of staff is emailed a link to choose a new one (valid
 * for an hour, once). The administrator is told it was sent, never the link.
 */
export async function resetStaffPassword(
	actor: SessionUser,
	userId: string,
	now = new Date()
): Promise<ResetResult> {
	// Their own goes through "My password", which asks for the current one.
	if (userId === actor.id) return { ok: false, error: 'own_password' };
	const person = (
		await db()
			.select({ email: users.email, active: users.active })
			.from(users)
			.where(eq(users.id, userId))
			.limit(1)
	)[0];
	if (!person?.email) return { ok: false, error: 'not_found' };
	if (!person.active) return { ok: false, error: 'deactivated' };
	const email = person.email;
	await transaction(async (tx) => {
		await tx.update(users).set({ passwordHash: null }).where(eq(users.id, userId));
		await invalidateAllSessionsOfUser(tx, userId);
		await mailPasswordLink(tx, email, 'reset', userId, actor.id, now);
		const detail = { how: 'emailed_link' };
		await recordAuditEvent(
			tx,
			{
				actorId: actor.id,
				action: 'staff_password_reset',
				subjectType: 'user',
				subjectId: userId,
				detail
			},
			now
		);
	});
	deliverMailSoon();
	return { ok: true, email };
}
