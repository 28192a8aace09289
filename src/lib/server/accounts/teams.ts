import { and, eq, ne } from 'drizzle-orm';
import type { SessionUser } from '../auth/session';
import { recordAuditEvent } from '../audit';
import { db } from '../db';
import { teams } from '../db/schema';

/** Admin writes about teams: each is one transaction with its audit event. Names are unique. */

type Result = { ok: true; id: string } | { ok: false; field: string; error: string };

function teamNameTaken(name: string, exceptId?: string) {
	const where = exceptId ? and(eq(teams.name, name), ne(teams.id, exceptId)) : eq(teams.name, name);
	return db().select({ id: teams.id }).from(teams).where(where).get() !== undefined;
}

export function createTeam(actor: SessionUser, name: string, now = new Date()): Result {
	if (teamNameTaken(name)) return { ok: false, field: 'name', error: 'team_taken' };
	return db().transaction((tx) => {
		const { id } = tx.insert(teams).values({ name, createdAt: now }).returning().get();
		recordAuditEvent(
			tx,
			{
				actorId: actor.id,
				action: 'team_created',
				subjectType: 'team',
				subjectId: id,
				detail: { name }
			},
			now
		);
		return { ok: true, id };
	});
}

export function renameTeam(
	actor: SessionUser,
	teamId: string,
	name: string,
	now = new Date()
): Result {
	if (teamNameTaken(name, teamId)) return { ok: false, field: 'name', error: 'team_taken' };
	return db().transaction((tx) => {
		tx.update(teams).set({ name }).where(eq(teams.id, teamId)).run();
		recordAuditEvent(
			tx,
			{
				actorId: actor.id,
				action: 'team_renamed',
				subjectType: 'team',
				subjectId: teamId,
				detail: { name }
			},
			now
		);
		return { ok: true, id: teamId };
	});
}

/** Flags (or unflags) the out-of-hours team: its members are told of urgent statements out of hours. */
export function setTeamOutOfHours(
	actor: SessionUser,
	teamId: string,
	outOfHours: boolean,
	now = new Date()
): void {
	db().transaction((tx) => {
		tx.update(teams).set({ outOfHours }).where(eq(teams.id, teamId)).run();
		recordAuditEvent(
			tx,
			{
				actorId: actor.id,
				action: 'team_out_of_hours_changed',
				subjectType: 'team',
				subjectId: teamId,
				detail: { outOfHours }
			},
			now
		);
	});
}
