import { and, desc, eq, inArray, isNull } from 'drizzle-orm';
import type { SessionUser } from '../auth/session';
import { db, type Reader } from '../db';
import { complaintUpdates, complaints, teams, youngPeople } from '../db/schema';
import { getSetting } from '../settings';
import { madeBeforeASignInReset } from './before-sign-in-reset';
import { readersOfTeam } from '../accounts/team-reach';

/**
 * Who reads complaints: the active members of the team an admin chose as the complaints team
 * (ADR 28), each holding a role that reads what young people say. An administrator never holds
 * one (ADR 10), so no administrator is ever a reader, whatever team they are put in.
 */
export async function complaintsTeamReaders(chosenTeamId?: string | null, reader: Reader = db()) {
	const teamId = chosenTeamId === undefined ? await getSetting('complaintsTeamId') : chosenTeamId;
	return teamId ? await readersOfTeam(teamId, 'complaints', reader) : [];
}

export async function readsComplaints(userId: string): Promise<boolean> {
	return (await complaintsTeamReaders()).some((r) => r.id === userId);
}

/** Where "I'm not happy" goes and how soon someone answers, as the young person is told. */
export async function describeComplaintsContact() {
	const teamId = await getSetting('complaintsTeamId');
	const team = teamId
		? (await db().select({ name: teams.name }).from(teams).where(eq(teams.id, teamId)).limit(1))[0]
		: undefined;
	const readers = team ? await complaintsTeamReaders(teamId) : [];
	return {
		teamName: team?.name ?? '',
		address: await getSetting('complaintsEmail'),
		readers,
		// Nobody to read it inside Heard: the page offers no form, and points to trusted adults.
		open: readers.length > 0,
		organisation: await getSetting('organisationName'),
		workingDays: await getSetting('complaintResponseWorkingDays')
	};
}

/**
 * What the signed-in young person has asked for, newest first, with where each one is; and
 * whether earlier ones are kept with the complaints team only (before-sign-in-reset.ts).
 */
export async function listOwnComplaints(actor: SessionUser) {
	const all = await db()
		.select({
			id: complaints.id,
			kind: complaints.kind,
			message: complaints.message,
			status: complaints.status,
			statusChangedAt: complaints.statusChangedAt,
			replyBy: complaints.replyBy,
			createdAt: complaints.createdAt,
			beforeReset: madeBeforeASignInReset()
		})
		.from(complaints)
		.innerJoin(youngPeople, eq(youngPeople.id, complaints.youngPersonId))
		.where(and(eq(youngPeople.userId, actor.id), isNull(youngPeople.archivedAt)))
		.orderBy(desc(complaints.createdAt));
	const asked = all.filter((a) => !a.beforeReset);
	const notes = asked.length
		? await db()
				.select({ complaintId: complaintUpdates.complaintId, note: complaintUpdates.note })
				.from(complaintUpdates)
				.where(
					inArray(
						complaintUpdates.complaintId,
						asked.map((a) => a.id)
					)
				)
				.orderBy(complaintUpdates.at)
		: [];
	// The newest note the team wrote for them; a status change without a note keeps the last one.
	const latestNote = new Map<string, string>();
	for (const n of notes) if (n.note) latestNote.set(n.complaintId, n.note);
	return {
		asked: asked.map((a) => ({
			id: a.id,
			kind: a.kind,
			message: a.message,
			status: a.status,
			statusChangedAt: a.statusChangedAt,
			replyBy: a.replyBy,
			createdAt: a.createdAt,
			note: latestNote.get(a.id) ?? ''
		})),
		earlierKeptWithTeam: asked.length < all.length
	};
}
