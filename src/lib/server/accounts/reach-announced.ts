import { and, eq, ne } from 'drizzle-orm';
import { m } from '$lib/paraglide/messages.js';
import type { SessionUser } from '../auth/session';
import { recordAuditEvent } from '../audit';
import type { Tx } from '../db';
import { mailOutbox, teams, userRoles, users } from '../db/schema';
import { appOrigin } from '../notifications/tell';
import { readersOfTeam, type Reach, type TeamReach } from './team-reach';

/**
 * Reading given is told, whatever gave it (ADR 10): a role, a team to manage, a team made the
 * complaints team or the out-of-hours team, or a senior manager named. Each goes through the
 * transaction of the change: an audit event of its own (`reading_access_given`, marked "Check
 * this" in the viewer), an email to each person who can now read and one to every other active
 * administrator. No young person is named in any of them.
 */

/** A reach in the words of the emails that announce it. */
export function reachWords(reach: Reach, team = ''): string {
	if (reach === 'complaints') return m.adm_reach_complaints({ team });
	if (reach === 'out_of_hours') return m.adm_reach_out_of_hours({ team });
	return m.adm_reach_senior_manager();
}

/** An email waiting in the outbox, queued by the change's own transaction. */
export async function queueMail(tx: Tx, to: string, subject: string, body: string, now: Date) {
	await tx.insert(mailOutbox).values({ to, subject, body, createdAt: now, nextAttemptAt: now });
}

/** The same email to every active administrator but the one who made the change. */
export async function mailOtherAdmins(
	tx: Tx,
	actor: SessionUser,
	subject: string,
	body: string,
	now: Date
) {
	const admins = await tx
		.select({ email: users.email })
		.from(users)
		.innerJoin(userRoles, and(eq(userRoles.userId, users.id), eq(userRoles.role, 'admin')))
		.where(and(eq(users.active, true), ne(users.id, actor.id)));
	for (const admin of admins) if (admin.email) await queueMail(tx, admin.email, subject, body, now);
}

/**
 * Reading given to one person: they are told, in `subject` and `what`, what they can now read,
 * and every other administrator is told who can, with a link to that person's page.
 */
export async function tellReadingGiven(
	tx: Tx,
	actor: SessionUser,
	person: { id: string; email: string | null; name: string },
	told: { what: string; subject: string },
	now: Date
) {
	const { what, subject } = told;
	if (person.email)
		await queueMail(
			tx,
			person.email,
			subject,
			m.staff_email_reading_given_body({ what, by: actor.displayName }),
			now
		);
	const link = `${appOrigin()}/admin/staff/${person.id}`;
	await mailOtherAdmins(
		tx,
		actor,
		m.admin_email_reading_given_subject(),
		m.admin_email_reading_given_body({ by: actor.displayName, name: person.name, what, link }),
		now
	);
}

/**
 * A team made the complaints team, or flagged out of hours: its readers now (readersOfTeam) are
 * told, and so is every other administrator. Whoever joins it later is told when they join
 * (reading-roles.ts, `readingGained`).
 */
export async function announceTeamReachGiven(
	tx: Tx,
	actor: SessionUser,
	teamId: string,
	reach: TeamReach,
	now: Date
): Promise<void> {
	const [team] = await tx
		.select({ name: teams.name })
		.from(teams)
		.where(eq(teams.id, teamId))
		.limit(1);
	const teamName = team?.name ?? teamId;
	const readers = await readersOfTeam(teamId, reach, tx);
	await recordAuditEvent(
		tx,
		{
			actorId: actor.id,
			action: 'reading_access_given',
			subjectType: 'team',
			subjectId: teamId,
			detail: { reach, team: teamName, readers: readers.map((r) => r.id) }
		},
		now
	);
	const what = reachWords(reach, teamName);
	for (const person of readers)
		if (person.email)
			await queueMail(
				tx,
				person.email,
				m.staff_email_reach_given_subject(),
				m.staff_email_reading_given_body({ what, by: actor.displayName }),
				now
			);
	const names = readers.map((r) => r.name).join(', ') || m.admin_email_team_reach_nobody();
	await mailOtherAdmins(
		tx,
		actor,
		m.admin_email_reading_given_subject(),
		m.admin_email_team_reach_given_body({
			by: actor.displayName,
			team: teamName,
			what,
			names,
			link: `${appOrigin()}/admin/teams`
		}),
		now
	);
}

/** A senior manager named at the end of the urgent chain (ADR 27): they and every other administrator are told. */
export async function announceSeniorManagerNamed(
	tx: Tx,
	actor: SessionUser,
	userId: string,
	now: Date
): Promise<void> {
	const [person] = await tx
		.select({ email: users.email, name: users.displayName })
		.from(users)
		.where(eq(users.id, userId))
		.limit(1);
	if (!person) return;
	await recordAuditEvent(
		tx,
		{
			actorId: actor.id,
			action: 'reading_access_given',
			subjectType: 'user',
			subjectId: userId,
			detail: { reach: 'senior_manager' }
		},
		now
	);
	await tellReadingGiven(
		tx,
		actor,
		{ id: userId, ...person },
		{ what: reachWords('senior_manager'), subject: m.staff_email_reach_given_subject() },
		now
	);
}
