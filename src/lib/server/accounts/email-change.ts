import { and, eq, ne } from 'drizzle-orm';
import { m } from '$lib/paraglide/messages.js';
import type { SessionUser } from '../auth/session';
import { recordAuditEvent } from '../audit';
import type { Tx } from '../db';
import { mailOutbox, userRoles, users } from '../db/schema';
import { appOrigin } from '../notifications/tell';

/**
 * A staff member's sign-in address changed by an administrator. Password links go to that
 * address, so changing it is a way into the account, and for anyone who reads what young people
 * say, into their words. As with a role that reads (ADR 10), it cannot be prevented in software,
 * so it is made loud: an audit event the viewer marks (naming no address: ADR 41), a mail to
 * the old address, which the person still reads, and one to every other active administrator.
 * Written through the transaction that changes the address; `before` is read in it first.
 */
export async function announceSignInEmailChanged(
	tx: Tx,
	actor: SessionUser,
	person: { id: string; name: string; before: string | null; after: string },
	now: Date
): Promise<void> {
	if ((person.before ?? '').toLowerCase() === person.after.toLowerCase()) return;
	await recordAuditEvent(
		tx,
		{
			actorId: actor.id,
			action: 'sign_in_email_changed',
			subjectType: 'user',
			subjectId: person.id
		},
		now
	);
	const mail = async (to: string, subject: string, body: string) =>
		await tx.insert(mailOutbox).values({ to, subject, body, createdAt: now, nextAttemptAt: now });
	if (person.before)
		await mail(
			person.before,
			m.staff_email_address_changed_subject(),
			m.staff_email_address_changed_body({ by: actor.displayName })
		);
	const otherAdmins = await tx
		.select({ email: users.email })
		.from(users)
		.innerJoin(userRoles, and(eq(userRoles.userId, users.id), eq(userRoles.role, 'admin')))
		.where(and(eq(users.active, true), ne(users.id, actor.id), ne(users.id, person.id)));
	const link = `${appOrigin()}/admin/staff/${person.id}`;
	for (const admin of otherAdmins)
		if (admin.email)
			await mail(
				admin.email,
				m.admin_email_address_changed_subject(),
				m.admin_email_address_changed_body({ by: actor.displayName, name: person.name, link })
			);
}
