import { and, eq, isNull } from 'drizzle-orm';
import { m } from '$lib/paraglide/messages.js';
import { fullDay } from '$lib/dates';
import { addWorkingDays } from '../inbox/working-days';
import type { SessionUser } from '../auth/session';
import { recordAuditEvent } from '../audit';
import { db } from '../db';
import { complaints, mailOutbox, teams, youngPeople, type ComplaintKind } from '../db/schema';
import { describeComplaintsContact } from './queries';

export const COMPLAINT_MESSAGE_MAX = 2000;

export type ComplaintResult =
	| { ok: true; id: string; kind: ComplaintKind; sentTo: string; replyBy: Date }
	| { ok: false; reason: 'no_contact' | 'no_record' };

const ukDate = (date: Date) => fullDay(date);

/**
 * Sends a young person's complaint or request for an advocate to the complaints contact: stored,
 * audited and put in the mail outbox in one transaction. The complaints service works outside
 * Heard and may be looking into the worker, so the email carries what it needs to act (the young
 * person's name, case reference, team and words); the outbox blanks the body once it is sent
 * (docs/adr/0019-complaints-go-to-the-complaints-contact.md). The worker is not told.
 */
export function makeComplaint(
	actor: SessionUser,
	kind: ComplaintKind,
	message: string,
	now = new Date()
): ComplaintResult {
	const contact = describeComplaintsContact();
	if (!contact.sentTo) return { ok: false, reason: 'no_contact' };
	const replyBy = addWorkingDays(now, contact.workingDays);
	return db().transaction((tx) => {
		const person = tx
			.select({
				id: youngPeople.id,
				name: youngPeople.preferredName,
				caseReference: youngPeople.caseReference,
				team: teams.name
			})
			.from(youngPeople)
			.innerJoin(teams, eq(teams.id, youngPeople.teamId))
			.where(and(eq(youngPeople.userId, actor.id), isNull(youngPeople.archivedAt)))
			.get();
		if (!person) return { ok: false, reason: 'no_record' } as const;
		const row = tx
			.insert(complaints)
			.values({
				youngPersonId: person.id,
				kind,
				message,
				sentTo: contact.sentTo,
				replyBy,
				createdAt: now
			})
			.returning({ id: complaints.id })
			.get();
		const what = kind === 'advocate' ? m.complaint_mail_advocate() : m.complaint_mail_complaint();
		tx.insert(mailOutbox)
			.values({
				to: contact.sentTo,
				subject: m.complaint_mail_subject({ what }),
				body: m.complaint_mail_body({
					what,
					name: person.name,
					caseReference: person.caseReference,
					team: person.team,
					sent: ukDate(now),
					replyBy: ukDate(replyBy),
					message: message || m.complaint_mail_no_message()
				}),
				createdAt: now,
				nextAttemptAt: now,
				holdsLink: true
			})
			.run();
		recordAuditEvent(
			tx,
			{
				actorId: actor.id,
				action: 'complaint_made',
				subjectType: 'complaint',
				subjectId: row.id,
				youngPersonId: person.id,
				detail: { kind }
			},
			now
		);
		return { ok: true, id: row.id, kind, sentTo: contact.sentTo, replyBy } as const;
	});
}
