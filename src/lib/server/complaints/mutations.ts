import { and, eq, isNull } from 'drizzle-orm';
import { m } from '$lib/paraglide/messages.js';
import { baseLocale } from '$lib/paraglide/runtime.js';
import { addWorkingDays } from '../working-time/working-days';
import type { SessionUser } from '../auth/session';
import { sentBeforeWithKey, recordAuditEvent } from '../audit';
import { transaction } from '../db';
import { complaints, mailOutbox, youngPeople, type ComplaintKind } from '../db/schema';
import { appOrigin } from '../notifications/tell';
import { describeComplaintsContact } from './queries';
import { workingCalendar } from '../working-time/calendar';
import { theRow } from '../db/rows';

export const COMPLAINT_MESSAGE_MAX = 2000;

export type ComplaintResult =
	| { ok: true; id: string; kind: ComplaintKind; replyBy: Date }
	| { ok: false; reason: 'no_contact' | 'no_record' };

// The complaints team reads Heard's staff language, whatever language the young person uses.
const STAFF = { locale: baseLocale } as const;

/**
 * Sends a young person's complaint or request for an advocate to the complaints team: stored,
 * audited and announced in one transaction. It is read only inside Heard, by the team's members
 * (ADR 28): the emails, to each member and to the address an admin set, say that something is
 * waiting and where, and nothing of who sent it or what it says. The worker is not told.
 */
export async function makeComplaint(
	actor: SessionUser,
	{
		kind,
		message,
		idempotencyKey: key
	}: { kind: ComplaintKind; message: string; idempotencyKey?: string },
	now = new Date()
): Promise<ComplaintResult> {
	const contact = await describeComplaintsContact();
	if (!contact.open) return { ok: false, reason: 'no_contact' };
	const replyBy = addWorkingDays(now, contact.workingDays, await workingCalendar());
	return await transaction(async (tx) => {
		const person = (
			await tx
				.select({ id: youngPeople.id })
				.from(youngPeople)
				.where(and(eq(youngPeople.userId, actor.id), isNull(youngPeople.archivedAt)))
				.limit(1)
		)[0];
		if (!person) return { ok: false, reason: 'no_record' } as const;
		// Sent twice (a double tap, a resend): one complaint, and the team mailed once.
		const earlier = key
			? await sentBeforeWithKey(tx, 'complaint_made', { youngPersonId: person.id }, key)
			: null;
		if (earlier) return { ok: true, id: earlier, kind, replyBy } as const;
		const row = theRow(
			await tx
				.insert(complaints)
				.values({
					youngPersonId: person.id,
					kind,
					message,
					sentTo: contact.teamName,
					replyBy,
					createdAt: now
				})
				.returning({ id: complaints.id })
		);
		const recipients = new Set(contact.readers.map((r) => r.email));
		if (contact.address) recipients.add(contact.address);
		const body = m.complaint_mail_body({ link: `${appOrigin()}/complaints` }, STAFF);
		for (const to of recipients) {
			if (!to) continue;
			await tx.insert(mailOutbox).values({
				to,
				subject: m.complaint_mail_subject({}, STAFF),
				body,
				createdAt: now,
				nextAttemptAt: now
			});
		}
		await recordAuditEvent(
			tx,
			{
				actorId: actor.id,
				action: 'complaint_made',
				subjectType: 'complaint',
				subjectId: row.id,
				youngPersonId: person.id,
				detail: key ? { kind, key } : { kind }
			},
			now
		);
		return { ok: true, id: row.id, kind, replyBy } as const;
	});
}
