import { eq } from 'drizzle-orm';
import { m } from '$lib/paraglide/messages.js';
import type { SessionUser } from '../auth/session';
import { recordAuditEvent, sentBeforeWithKey } from '../audit';
import { issueActivationCode } from '../auth/activation-codes';
import { activeManagerOf, currentWorkerOf } from '../staff/scope';
import { db, transaction } from '../db';
import { allocations, mailOutbox, teamMembers, users, youngPeople } from '../db/schema';
import { appOrigin } from '../notifications/tell';
import { findVisibleYoungPerson } from '../staff/scope-prepared';

/**
 * Who gives a young person a sign-in code. A code opens everything they have
 * said, or will say with their worker, so every code, the first letter too, is
 * made by their worker, who reads their words already, and handed over in
 * person. An administrator never makes one and is never shown one (ADR 0010).
 */

/** Their current worker, or with none the managers of their team: people who may make the code. */
async function whoMakesCodes(youngPersonId: string) {
	const workers = await db()
		.select({ id: users.id, email: users.email, firstName: users.firstName })
		.from(allocations)
		.innerJoin(users, eq(allocations.workerId, users.id))
		.where(currentWorkerOf(youngPersonId));
	if (workers.length > 0) return workers;
	return await db()
		.select({ id: users.id, email: users.email, firstName: users.firstName })
		.from(teamMembers)
		.innerJoin(users, eq(teamMembers.userId, users.id))
		.where(activeManagerOf(youngPersonId));
}

export async function workerNamesFor(youngPersonId: string): Promise<string[]> {
	return (await whoMakesCodes(youngPersonId)).map((w) => w.firstName);
}

/**
 * The administrator asks; the worker hears by email (no name in it) with a link to make the code.
 * The form's key: asked twice with it, the worker is emailed once.
 */
export async function askWorkerForNewCode(
	actor: SessionUser,
	youngPersonId: string,
	key?: string,
	now = new Date()
) {
	const person = (
		await db()
			.select({ archivedAt: youngPeople.archivedAt })
			.from(youngPeople)
			.where(eq(youngPeople.id, youngPersonId))
			.limit(1)
	)[0];
	if (!person || person.archivedAt) return { ok: false as const, reason: 'archived' as const };
	const told = await whoMakesCodes(youngPersonId);
	if (told.length === 0) return { ok: false as const, reason: 'nobody' as const };
	const link = `${appOrigin()}/worker/young-people/${youngPersonId}/sign-in-code`;
	await transaction(async (tx) => {
		if (
			key &&
			(await sentBeforeWithKey(tx, 'sign_in_code_requested', { subjectId: youngPersonId }, key)) !==
				null
		)
			return;
		for (const person of told) {
			if (!person.email) continue;
			await tx.insert(mailOutbox).values({
				to: person.email,
				subject: m.staff_email_code_asked_subject(),
				body: m.staff_email_code_asked_body({ link }),
				createdAt: now,
				nextAttemptAt: now
			});
		}
		const detail = key ? { told: told.map((t) => t.id), key } : { told: told.map((t) => t.id) };
		await recordAuditEvent(
			tx,
			{
				actorId: actor.id,
				action: 'sign_in_code_requested',
				subjectType: 'young_person',
				subjectId: youngPersonId,
				youngPersonId,
				detail
			},
			now
		);
	});
	return { ok: true as const, told: told.map((t) => t.firstName) };
}

/**
 * A new sign-in code made by someone who already reads this young person's
 * words (their worker, or a manager of their team), to hand over in person.
 * Null when they are not someone this member of staff may see, or archived.
 */
export async function makeSignInCodeToHandOver(
	actor: SessionUser,
	youngPersonId: string,
	now = new Date()
) {
	const person = await findVisibleYoungPerson(actor, youngPersonId);
	if (!person) return null;
	return {
		code: await issueActivationCode(person.id, actor.id, now),
		replacesSignIn: person.userId !== null
	};
}
