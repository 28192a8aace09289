import { asc, eq } from 'drizzle-orm';
import type { SessionUser } from '../auth/session';
import { recordAuditEventAlone } from '../audit';
import { db } from '../db';
import { aboutMe, auditEvents, meetings, users } from '../db/schema';
import { getSetting } from '../settings';
import { statementsInWords } from '../young-people/words';
import { toldInWords } from '../young-people/told-in-words';
import { listHandoverNotesOf } from '../new-worker/queries';
import { complaintsOf } from '../complaints/team-queries';
import { findYoungPersonRecord } from '../records/queries';
import { findStatementRecordings } from '../voice/queries';
import { draftsOf, quotesOf, sessionsOf } from './also-held';

/** Each statement's recordings as data: the file a subject-access request gets holds the voice itself. */
const withRecordings = (said: Awaited<ReturnType<typeof statementsInWords>>) =>
	Promise.all(
		said.map(async (s) => ({
			...s,
			voiceNotes: [...(await findStatementRecordings(s.id))].map(([question, r]) => ({
				question,
				contentType: r.contentType,
				durationMs: r.durationMs,
				size: r.size,
				base64: r.bytes.toString('base64')
			}))
		}))
	);

/**
 * A subject-access export: everything Heard holds about one young person.
 * It is the one place an admin sees what a young person said, so every
 * export is audited before anything is gathered.
 */
export async function exportSubjectAccess(
	actor: SessionUser,
	youngPersonId: string,
	format: 'json' | 'print',
	now = new Date()
) {
	const record = await findYoungPersonRecord(youngPersonId, now);
	if (!record) return null;
	await recordAuditEventAlone(
		{
			actorId: actor.id,
			action: 'subject_access_exported',
			subjectType: 'young_person',
			subjectId: youngPersonId,
			youngPersonId,
			detail: { format }
		},
		now
	);
	const { history, currentWorker, codeWaiting, ...profile } = record;
	return {
		generatedAt: now,
		generatedBy: actor.displayName,
		organisation: await getSetting('organisationName'),
		profile: { ...profile, activationCodeWaiting: codeWaiting },
		aboutMe:
			(
				await db().select().from(aboutMe).where(eq(aboutMe.youngPersonId, youngPersonId)).limit(1)
			)[0] ?? null,
		allocations: history.map(({ worker, startedAt, endedAt }) => ({
			worker,
			startedAt,
			endedAt,
			current: endedAt === null
		})),
		currentWorker: currentWorker?.worker ?? null,
		meetings: await db()
			.select({
				type: meetings.type,
				scheduledAt: meetings.scheduledAt,
				chair: meetings.chair,
				cancelledAt: meetings.cancelledAt
			})
			.from(meetings)
			.where(eq(meetings.youngPersonId, youngPersonId))
			.orderBy(asc(meetings.scheduledAt)),
		statements:
			format === 'json'
				? await withRecordings(await statementsInWords(youngPersonId))
				: await statementsInWords(youngPersonId),
		told: await toldInWords(youngPersonId),
		quotes: await quotesOf(youngPersonId),
		drafts: await draftsOf(youngPersonId),
		signedIn: await sessionsOf(youngPersonId),
		// Staff-only notes are still data about the young person: the admin reviews them before release.
		handoverNotes: (await listHandoverNotesOf(youngPersonId)).reverse(),
		// The profile above says who they are; each complaint says what, when, and what was done.
		complaints: (await complaintsOf(youngPersonId)).map((c) => ({
			id: c.id,
			kind: c.kind,
			message: c.message,
			status: c.status,
			createdAt: c.createdAt,
			replyBy: c.replyBy,
			updates: c.updates
		})),
		auditEvents: await db()
			.select({
				at: auditEvents.at,
				action: auditEvents.action,
				actor: users.displayName,
				subjectType: auditEvents.subjectType,
				subjectId: auditEvents.subjectId
			})
			.from(auditEvents)
			.leftJoin(users, eq(auditEvents.actorId, users.id))
			.where(eq(auditEvents.youngPersonId, youngPersonId))
			.orderBy(asc(auditEvents.id))
	};
}
