import { eq } from 'drizzle-orm';
import type { SessionUser } from '../auth/session';
import { recordAuditEvent } from '../audit';
import { db, transaction } from '../db';
import { teams } from '../db/schema';
import { theRow } from '../db/rows';
import { announceTeamReachGiven } from './reach-announced';
import { refuseOutOfHoursFlag, type ReachRefusal } from './team-reach';

/** Admin writes about teams: each is one transaction with its audit event. Names are unique. */

type Result = { ok: true; id: string } | { ok: false; field: string; error: string };

/**
 * Two names an admin or a reader would take for the same team are the same name: "North Team"
 * and "north  team " name one team. Compared here rather than in SQL, where SQLite's lower()
 * knows only ASCII; the teams of one organisation are few.
 */
export function teamNameKey(name: string): string {
	return name.normalize('NFKC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('en-GB');
}

async function teamNameTaken(name: string, exceptId?: string) {
	const key = teamNameKey(name);
	const all = await db().select({ id: teams.id, name: teams.name }).from(teams);
	return all.some((team) => team.id !== exceptId && teamNameKey(team.name) === key);
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

/**
 * Flags (or unflags) the out-of-hours team: its members are told of urgent statements out of
 * hours, and read them (ADR 27). Flagging gives them a way to read, so it is announced (ADR 10),
 * and refused for the complaints team (team-reach.ts).
 */
export async function setTeamOutOfHours(
	actor: SessionUser,
	teamId: string,
	outOfHours: boolean,
	now = new Date()
): Promise<{ ok: true } | { ok: false; error: ReachRefusal }> {
	return await transaction(async (tx) => {
		const refused = outOfHours ? await refuseOutOfHoursFlag(tx, teamId) : null;
		if (refused) return { ok: false as const, error: refused };
		const [before] = await tx
			.select({ outOfHours: teams.outOfHours })
			.from(teams)
			.where(eq(teams.id, teamId))
			.limit(1);
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
		// Flagged again (a second tap, a form sent twice) gives nothing new to tell.
		if (outOfHours && before?.outOfHours === false)
			await announceTeamReachGiven(tx, actor, teamId, 'out_of_hours', now);
		return { ok: true as const };
	});
}
