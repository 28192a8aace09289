import { and, eq, isNull } from 'drizzle-orm';
import type { SessionUser } from '../auth/session';
import { invalidateAllSessionsOfUser } from '../auth/session';
import { recordAuditEvent } from '../audit';
import { transaction } from '../db';
import { activationCodes, users, youngPeople } from '../db/schema';
import { isArchived, type Failure } from './mutations';
import { archiveMustWait, outstandingFor } from './outstanding';

/**
 * Archiving closes the record: sign-in stops, every session ends, unused codes
 * stop working. The allocation stays so staff can still see the record (read
 * only). Nothing is deleted; retention later removes free text from what they said.
 * It waits while a statement is unread or an urgent one has nobody dealing with it
 * (outstanding.ts), checked in its transaction so one sent meanwhile is never hidden.
 */
export async function archiveYoungPerson(
	actor: SessionUser,
	id: string,
	reason: string,
	now = new Date()
) {
	if (await isArchived(id))
		return { ok: false, field: 'confirmName', error: 'archived' } satisfies Failure;
	return await transaction(async (tx) => {
		const person = (await tx.select().from(youngPeople).where(eq(youngPeople.id, id)).limit(1))[0];
		if (!person) throw new Error('No such young person');
		if (archiveMustWait(await outstandingFor(id, tx)))
			return { ok: false, field: 'form', error: 'still_waiting' } satisfies Failure;
		await tx.update(youngPeople).set({ archivedAt: now }).where(eq(youngPeople.id, id));
		if (person.userId) {
			await tx
				.update(users)
				.set({ active: false, deactivatedAt: now })
				.where(eq(users.id, person.userId));
			await invalidateAllSessionsOfUser(tx, person.userId);
		}
		await tx
			.update(activationCodes)
			.set({ expiresAt: now })
			.where(and(eq(activationCodes.youngPersonId, id), isNull(activationCodes.usedAt)));
		await recordAuditEvent(
			tx,
			{
				actorId: actor.id,
				action: 'young_person_archived',
				subjectType: 'young_person',
				subjectId: id,
				youngPersonId: id,
				detail: { reason }
			},
			now
		);
		return { ok: true as const, id };
	});
}
