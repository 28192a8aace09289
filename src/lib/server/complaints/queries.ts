import { and, desc, eq, isNull } from 'drizzle-orm';
import type { SessionUser } from '../auth/session';
import { db } from '../db';
import { complaints, youngPeople } from '../db/schema';
import { getSetting } from '../settings';

/** Where "I'm not happy" goes and how soon someone answers, as the young person is told. */
export function describeComplaintsContact() {
	return {
		sentTo: getSetting('complaintsEmail'),
		organisation: getSetting('organisationName'),
		workingDays: getSetting('complaintResponseWorkingDays')
	};
}

/** What the signed-in young person has already asked for, newest first. */
export function listOwnComplaints(actor: SessionUser) {
	return db()
		.select({
			id: complaints.id,
			kind: complaints.kind,
			replyBy: complaints.replyBy,
			createdAt: complaints.createdAt
		})
		.from(complaints)
		.innerJoin(youngPeople, eq(youngPeople.id, complaints.youngPersonId))
		.where(and(eq(youngPeople.userId, actor.id), isNull(youngPeople.archivedAt)))
		.orderBy(desc(complaints.createdAt))
		.all();
}
