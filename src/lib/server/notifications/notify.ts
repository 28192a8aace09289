import { eq } from 'drizzle-orm';
import { m } from '$lib/paraglide/messages.js';
import type { Tx } from '../db';
import { statements, users, youngPeople } from '../db/schema';
import {
	appOrigin,
	recipientsFor,
	statementLink,
	teamManagers,
	tell,
	tellByPush,
	type Kind,
	type Recipient
} from './tell';
import { STAFF_MAIL } from './staff-mail';

/**
 * Every notification Heard sends. In-app rows carry ids, never content; emails
 * carry no statement content and no young person's name, only a link that goes
 * through the same access checks as any page. All are written inside the
 * caller's transaction, through its handle, so they commit with the change
 * they announce.
 */

interface SentStatement {
	id: string;
	youngPersonId: string;
	urgent: boolean;
}

/**
 * Tells staff a statement arrived: an in-app notification and an email with no
 * content and no name. Call inside the transaction that stores the statement.
 */
export async function notifyStatementSent(
	tx: Tx,
	statement: SentStatement,
	now: Date
): Promise<Recipient[]> {
	const link = statementLink(statement.id);
	const mail = statement.urgent
		? {
				subject: m.staff_email_urgent_subject({}, STAFF_MAIL),
				body: m.staff_email_urgent_body({ link }, STAFF_MAIL)
			}
		: {
				subject: m.staff_email_new_subject({}, STAFF_MAIL),
				body: m.staff_email_new_body({ link }, STAFF_MAIL)
			};
	const told = await recipientsFor(tx, statement.youngPersonId, statement.urgent);
	for (const person of told) {
		await tell(
			tx,
			person,
			statement.urgent ? 'urgent_statement' : 'new_statement',
			statement.youngPersonId,
			statement.id,
			now,
			mail
		);
	}
	return told;
}

/** A young person answered back on one of their statements: their worker hears, with no content. */
export async function notifyYoungPersonReplied(
	tx: Tx,
	statementId: string,
	now: Date
): Promise<void> {
	const statement = (
		await tx
			.select({ youngPersonId: statements.youngPersonId })
			.from(statements)
			.where(eq(statements.id, statementId))
			.limit(1)
	)[0];
	if (!statement) return;
	await tellWorkersAnsweredBack(tx, statement.youngPersonId, now, {
		kind: 'reply',
		statementId,
		link: statementLink(statementId)
	});
}

/** Nobody has acknowledged an urgent statement: the team managers hear again, in the app and by email. */
export async function notifyEscalation(
	tx: Tx,
	statement: { id: string; youngPersonId: string },
	now: Date
): Promise<number> {
	const mail = {
		subject: m.staff_email_escalation_subject({}, STAFF_MAIL),
		body: m.staff_email_escalation_body(
			{
				link: statementLink(statement.id),
				list: `${appOrigin()}/manager`
			},
			STAFF_MAIL
		)
	};
	const managers = await teamManagers(tx, statement.youngPersonId);
	for (const person of managers)
		await tell(tx, person, 'escalation', statement.youngPersonId, statement.id, now, mail);
	return managers.length;
}

/** A worker was allocated a young person: they hear, with a link to the file and no name. */
export async function notifyWorkerAllocated(
	tx: Tx,
	workerId: string,
	youngPersonId: string,
	now: Date
): Promise<void> {
	const worker = (
		await tx
			.select({ id: users.id, email: users.email })
			.from(users)
			.where(eq(users.id, workerId))
			.limit(1)
	)[0];
	if (!worker) return;
	const body = m.staff_email_allocated_body(
		{
			link: `${appOrigin()}/worker/young-people/${youngPersonId}`
		},
		STAFF_MAIL
	);
	await tell(tx, worker, 'new_worker', youngPersonId, null, now, {
		subject: m.staff_email_allocated_subject({}, STAFF_MAIL),
		body
	});
}

/** A young person answered back about what was decided at a meeting: their worker hears, with no content. */
export async function notifyMeetingAnswered(
	tx: Tx,
	meeting: { meetingId: string; youngPersonId: string },
	now: Date
): Promise<void> {
	await tellWorkersAnsweredBack(tx, meeting.youngPersonId, now, {
		kind: 'meeting_reply',
		statementId: null,
		link: `${appOrigin()}/worker/meetings/${meeting.meetingId}/after`
	});
}

/** An answer back, wherever it was given: the worker hears in the app and by an email with no content. */
async function tellWorkersAnsweredBack(
	tx: Tx,
	youngPersonId: string,
	now: Date,
	about: { kind: Kind; statementId: string | null; link: string }
): Promise<void> {
	const mail = {
		subject: m.staff_email_answered_subject({}, STAFF_MAIL),
		body: m.staff_email_answered_body({ link: about.link }, STAFF_MAIL)
	};
	for (const person of await recipientsFor(tx, youngPersonId, false))
		await tell(tx, person, about.kind, youngPersonId, about.statementId, now, mail);
}

/** The young person's own account, if they have signed up: young people are told in the app. */
async function accountOf(tx: Tx, youngPersonId: string): Promise<string | null> {
	const person = (
		await tx
			.select({ userId: youngPeople.userId })
			.from(youngPeople)
			.where(eq(youngPeople.id, youngPersonId))
			.limit(1)
	)[0];
	return person?.userId ?? null;
}

/** In the young person's own app only (young people have no email address in Heard). */
export async function notifyYoungPerson(
	tx: Tx,
	youngPersonId: string,
	kind: Kind,
	statementId: string | null,
	now: Date
): Promise<void> {
	const userId = await accountOf(tx, youngPersonId);
	if (!userId) return;
	const person = { id: userId, email: null, youngPerson: true };
	await tell(tx, person, kind, youngPersonId, statementId, now);
}

/** Staff opened a statement for the first time: the young person's phone may say so, nothing more. */
export async function notifyYoungPersonRead(
	tx: Tx,
	youngPersonId: string,
	now: Date
): Promise<void> {
	const userId = await accountOf(tx, youngPersonId);
	if (userId) await tellByPush(tx, userId, 'read', now);
}
