import { desc, eq, sql } from 'drizzle-orm';
import type { SessionUser } from '../auth/session';
import { recordAuditEvent } from '../audit';
import { db } from '../db';
import { complaintUpdates, complaints, youngPeople, type ComplaintStatus } from '../db/schema';
import { readsComplaints } from './queries';
import { complaintInFull, type ComplaintInFull } from './team-queries';

export const COMPLAINT_NOTE_MAX = 1000;

/**
 * A member of the complaints team opens a complaint: every opening is audited, as a statement's
 * is, so who read a young person's complaint is always known. Anyone else finds nothing.
 */
export function openComplaint(
	actor: SessionUser,
	complaintId: string,
	now = new Date()
): ComplaintInFull | null {
	if (!readsComplaints(actor.id)) return null;
	return db().transaction((tx) => {
		const complaint = complaintInFull(tx, complaintId);
		if (!complaint) return null;
		recordAuditEvent(
			tx,
			{
				actorId: actor.id,
				action: 'complaint_read',
				subjectType: 'complaint',
				subjectId: complaint.id,
				youngPersonId: complaint.youngPersonId
			},
			now
		);
		return complaint;
	});
}

export type ComplaintMarked = { ok: true } | { ok: false; reason: 'not_found' | 'archived' };

/**
 * The team marks where a complaint is ("in touch", "resolved"), with a note the young person
 * reads. One transaction with its audit event, which records the status and never the note.
 */
export function markComplaint(
	actor: SessionUser,
	complaintId: string,
	status: Exclude<ComplaintStatus, 'waiting'>,
	note: string,
	now = new Date()
): ComplaintMarked {
	if (!readsComplaints(actor.id)) return { ok: false, reason: 'not_found' };
	return db().transaction((tx) => {
		const complaint = tx
			.select({
				youngPersonId: complaints.youngPersonId,
				archivedAt: youngPeople.archivedAt
			})
			.from(complaints)
			.innerJoin(youngPeople, eq(youngPeople.id, complaints.youngPersonId))
			.where(eq(complaints.id, complaintId))
			.get();
		if (!complaint) return { ok: false, reason: 'not_found' } as const;
		// An archived young person no longer signs in to read it: the record is kept as it was.
		if (complaint.archivedAt) return { ok: false, reason: 'archived' } as const;
		// The same mark again (a double click, a page sent twice) is the same act: kept once.
		const last = tx
			.select()
			.from(complaintUpdates)
			.where(eq(complaintUpdates.complaintId, complaintId))
			.orderBy(desc(complaintUpdates.at), sql`rowid desc`)
			.get();
		if (last && last.status === status && last.note === note && last.byUserId === actor.id)
			return { ok: true } as const;
		tx.insert(complaintUpdates)
			.values({ complaintId, status, note, byUserId: actor.id, at: now })
			.run();
		tx.update(complaints)
			.set({ status, statusChangedAt: now })
			.where(eq(complaints.id, complaintId))
			.run();
		recordAuditEvent(
			tx,
			{
				actorId: actor.id,
				action: 'complaint_marked',
				subjectType: 'complaint',
				subjectId: complaintId,
				youngPersonId: complaint.youngPersonId,
				detail: { status }
			},
			now
		);
		return { ok: true } as const;
	});
}
