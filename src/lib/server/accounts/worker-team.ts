import { db, type Reader } from '../db';
import { teams } from '../db/schema';

/*
 * Every account with the worker role belongs to a team, when it is made and whenever it is
 * changed. A worker's manager, the manager's view of what waits and the urgent chain all reach a
 * worker through their teams: a worker in no team drops out of every manager's view, and so does
 * whatever their young people send them. So taking away a worker's last team is refused like
 * making a worker with none, whether or not young people are allocated to them; to leave every
 * team they first stop being a worker, which waits for their young people to have a new worker
 * (caseload.ts).
 */

export type TeamRefusalCode = 'worker_needs_team' | 'worker_needs_a_team_first';
export type TeamRefusal = { ok: false; field: 'teams'; error: TeamRefusalCode };

/** True when these roles and teams would make a worker who belongs to no team. */
export const leavesWorkerWithoutTeam = (
	roles: readonly string[],
	memberships: readonly { teamId: string }[]
) => roles.includes('worker') && memberships.length === 0;

/** What the admin is told: choose a team or, with none made yet, add one first. */
export const workerTeamError = (anyTeamExists: boolean): TeamRefusalCode =>
	anyTeamExists ? 'worker_needs_team' : 'worker_needs_a_team_first';

/**
 * Refuses roles and teams that leave a worker in no team, shown beside the teams on the admin's
 * form; null when they may be saved. The services ask it as well as the form, so no way of
 * posting gets past it.
 */
export async function refuseWorkerWithoutTeam(
	roles: readonly string[],
	memberships: readonly { teamId: string }[],
	reader: Reader = db()
): Promise<TeamRefusal | null> {
	if (!leavesWorkerWithoutTeam(roles, memberships)) return null;
	const anyTeam = await reader.select({ id: teams.id }).from(teams).limit(1);
	return { ok: false, field: 'teams', error: workerTeamError(anyTeam.length > 0) };
}
