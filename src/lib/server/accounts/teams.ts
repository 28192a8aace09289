import { and, eq, ne } from 'drizzle-orm';
import type { SessionUser } from '../auth/session';
import { recordAuditEvent } from '../audit';
import { db, transaction } from '../db';
import { teams } from '../db/schema';
import { theRow } from '../db/rows';

/** Admin writes about teams: each is one transaction with its audit event. Names are unique. */

type Result = { ok: true; id: string } | { ok: false; field: string; error: string };

async function teamNameTaken(name: string, exceptId?: string) {
	const where = exceptId ? and(eq(teams.name, name), ne(teams.id, exceptId)) : eq(teams.name, name);
	return (await db().select({ id: teams.id }).from(teams).where(where).limit(1))[0] !== undefined;
}

export async function createTeam(
	actor: SessionUser,
	name: string,
	now = new Date()
): Promise<Result> {
	if (await teamNameTaken(name)) return { ok: false, field: 'name', error: 'team_taken' };
	return await transaction(async (tx) => {
		const { id } = theRow(await tx.insert(teams).values({ name, createdAt: now }).returning());
		await recordAuditEvent(
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

export async function renameTeam(
	actor: SessionUser,
	teamId: string,
	name: string,
	now = new Date()
): Promise<Result> {
	if (await teamNameTaken(name, teamId)) return { ok: false, field: 'name', error: 'team_taken' };
	return await transaction(async (tx) => {
		await tx.update(teams).set({ name }).where(eq(teams.id, teamId));
		await recordAuditEvent(
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
export async function setTeamOutOfHours(
	actor: SessionUser,
	teamId: string,
	outOfHours: boolean,
	now = new Date()
): Promise<void> {
	await transaction(async (tx) => {
		await tx.update(teams).set({ outOfHours }).where(eq(teams.id, teamId));
		await recordAuditEvent(
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
