import { and, asc, desc, eq, not } from 'drizzle-orm';
import type { SessionUser } from '../auth/session';
import { db, type Reader } from '../db';
import { complaintUpdates, complaints, teams, users, youngPeople } from '../db/schema';
import { readsComplaints } from './queries';
import { madeBeforeASignInReset } from './before-sign-in-reset';

/**
 * The complaints team's list: who asked, for what, when and by when, and where each one is.
 * The words are not on the list; opening one to read them is audited (team-mutations.ts).
 * Null for anyone who is not a reader.
 */
export async function listComplaintsForTeam(actor: SessionUser) {
	if (!(await readsComplaints(actor.id))) return null;
	return await db()
		.select({
			id: complaints.id,
			kind: complaints.kind,
			status: complaints.status,
			replyBy: complaints.replyBy,
			createdAt: complaints.createdAt,
			name: youngPeople.preferredName
		})
		.from(complaints)
		.innerJoin(youngPeople, eq(youngPeople.id, complaints.youngPersonId))
		.orderBy(desc(complaints.createdAt));
}

/** One complaint in full, for a reader, inside the transaction that audits the reading. */
export async function complaintInFull(reader: Reader, complaintId: string) {
	const complaint = (
		await reader
			.select({
				id: complaints.id,
				youngPersonId: complaints.youngPersonId,
				kind: complaints.kind,
				message: complaints.message,
				status: complaints.status,
				replyBy: complaints.replyBy,
				createdAt: complaints.createdAt,
				name: youngPeople.preferredName,
				caseReference: youngPeople.caseReference,
				team: teams.name,
				archivedAt: youngPeople.archivedAt
			})
			.from(complaints)
			.innerJoin(youngPeople, eq(youngPeople.id, complaints.youngPersonId))
			.innerJoin(teams, eq(teams.id, youngPeople.teamId))
			.where(eq(complaints.id, complaintId))
			.limit(1)
	)[0];
	if (!complaint) return null;
	const updates = await reader
		.select({
			status: complaintUpdates.status,
			note: complaintUpdates.note,
			at: complaintUpdates.at,
			by: users.displayName
		})
		.from(complaintUpdates)
		.innerJoin(users, eq(users.id, complaintUpdates.byUserId))
		.where(eq(complaintUpdates.complaintId, complaintId))
		.orderBy(asc(complaintUpdates.at));
	return { ...complaint, updates };
}

export type ComplaintInFull = NonNullable<Awaited<ReturnType<typeof complaintInFull>>>;

/**
 * Every complaint and request for an advocate a young person made, each in full, oldest first:
 * for their subject-access export, which holds everything Heard holds about them. Their own copy
 * asks only for those `sinceSignInReset` (before-sign-in-reset.ts), as their page shows them.
 */
export async function complaintsOf(
	youngPersonId: string,
	{ sinceSignInReset = false } = {}
): Promise<ComplaintInFull[]> {
	const reader = db();
	const theirs = eq(complaints.youngPersonId, youngPersonId);
	const ids = await reader
		.select({ id: complaints.id })
		.from(complaints)
		.where(sinceSignInReset ? and(theirs, not(madeBeforeASignInReset())) : theirs)
		.orderBy(asc(complaints.createdAt));
	return await Promise.all(ids.map(async (c) => (await complaintInFull(reader, c.id))!));
}
