import { desc, eq } from 'drizzle-orm';
import type { SessionUser } from '../auth/session';
import { recordAuditEvent } from '../audit';
import { transaction } from '../db';
import { complaintUpdates, complaints, youngPeople, type ComplaintStatus } from '../db/schema';
import { readsComplaints } from './queries';
import { complaintInFull, type ComplaintInFull } from './team-queries';
import { insertionOrder } from '../db/dialect';

export const COMPLAINT_NOTE_MAX = 1000;

/**
 * A member of the complaints team opens a complaint: every opening is audited, as a statement's
 * is, so who read a young person's complaint is always known. Anyone else finds nothing.
 */
export async function openComplaint(
	actor: SessionUser,
	complaintId: string,
	now = new Date()
): Promise<ComplaintInFull | null> {
	if (!(await readsComplaints(actor.id))) return null;
	return await transaction(async (tx) => {
		const complaint = await complaintInFull(tx, complaintId);
		if (!complaint) return null;
		await recordAuditEvent(
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
export async function markComplaint(
	actor: SessionUser,
	complaintId: string,
	status: Exclude<ComplaintStatus, 'waiting'>,
	note: string,
	now = new Date()
): Promise<ComplaintMarked> {
	if (!(await readsComplaints(actor.id))) return { ok: false, reason: 'not_found' };
	return await transaction(async (tx) => {
		const complaint = (
			await tx
				.select({
					youngPersonId: complaints.youngPersonId,
					archivedAt: youngPeople.archivedAt
				})
				.from(complaints)
				.innerJoin(youngPeople, eq(youngPeople.id, complaints.youngPersonId))
				.where(eq(complaints.id, complaintId))
				.limit(1)
		)[0];
		if (!complaint) return { ok: false, reason: 'not_found' } as const;
		// An archived young person no longer signs in to read it: the record is kept as it was.
		if (complaint.archivedAt) return { ok: false, reason: 'archived' } as const;
		// The same mark again (a double click, a page sent twice) is the same act: kept once.
		const last = (
			await tx
				.select()
				.from(complaintUpdates)
				.where(eq(complaintUpdates.complaintId, complaintId))
				.orderBy(desc(complaintUpdates.at), desc(insertionOrder(complaintUpdates)))
				.limit(1)
		)[0];
		if (last && last.status === status && last.note === note && last.byUserId === actor.id)
			return { ok: true } as const;
		await tx
			.insert(complaintUpdates)
			.values({ complaintId, status, note, byUserId: actor.id, at: now });
		await tx
			.update(complaints)
			.set({ status, statusChangedAt: now })
			.where(eq(complaints.id, complaintId));
		await recordAuditEvent(
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
