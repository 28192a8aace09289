import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '../db';
import { allocations, auditEvents, mailOutbox, teamMembers, teams, users } from '../db/schema';
import { addToTeam, allocate, createStaff, createTeam, createYoungPerson } from '$tests/fixtures';
import { listCaseloadOf } from './caseload';
import { createStaffAccount, updateStaffAccount, type Membership } from './mutations';

type Roles = ('worker' | 'manager' | 'participation_lead')[];

/** Jo, a worker in one team, and what an administrator types on Jo's page: a new name and email. */
async function joInOneTeam() {
	const admin = await createStaff(['admin']);
	const jo = await createStaff(['worker'], { firstName: 'Jo' });
	const teamId = await createTeam();
	await addToTeam(teamId, jo.id, 'worker');
	const typed = (roles: Roles) => ({
		email: `renamed-${jo.id}@heard.example`,
		displayName: 'Jo Renamed',
		firstName: 'Jo',
		roles
	});
	const save = (roles: Roles, memberships: Membership[]) =>
		updateStaffAccount(admin, jo.id, typed(roles), memberships);
	return { admin, jo, teamId, save };
}

/** Everything the refused save might have touched, to compare before and after. */
async function whatIsStoredFor(userId: string) {
	const [account] = await db().select().from(users).where(eq(users.id, userId));
	return {
		name: account?.displayName,
		email: account?.email,
		teams: await db().select().from(teamMembers).where(eq(teamMembers.userId, userId)),
		allocations: await db().select().from(allocations).where(eq(allocations.workerId, userId)),
		audit: await db().select().from(auditEvents).where(eq(auditEvents.subjectId, userId)),
		mail: (await db().select().from(mailOutbox)).length
	};
}

const refusedForTeams = { ok: false, field: 'teams', error: 'worker_needs_team' };

describe('a worker is never left in no team', () => {
	// First in the file, while its database has no team at all.
	it('with no team made yet, a new worker is refused and the admin told to add a team first', async () => {
		const admin = await createStaff(['admin']);
		expect(await db().select().from(teams)).toEqual([]);
		const input = { email: 'first@heard.example', displayName: 'F W', firstName: 'F' };
		expect(await createStaffAccount(admin, { ...input, roles: ['worker'] }, [])).toEqual({
			ok: false,
			field: 'teams',
			error: 'worker_needs_a_team_first'
		});
		expect(await db().select().from(users).where(eq(users.email, input.email))).toEqual([]);
	});

	it('refuses to make a worker in no team, whatever posted it', async () => {
		const admin = await createStaff(['admin']);
		await createTeam();
		const input = { email: 'teamless@heard.example', displayName: 'T W', firstName: 'T' };
		expect(await createStaffAccount(admin, { ...input, roles: ['worker'] }, [])).toEqual(
			refusedForTeams
		);
		expect(await db().select().from(users).where(eq(users.email, input.email))).toEqual([]);
	});

	it("refuses to save a worker's account with every team taken away, and changes nothing", async () => {
		const { jo, save } = await joInOneTeam();
		const before = await whatIsStoredFor(jo.id);

		expect(await save(['worker'], [])).toEqual(refusedForTeams);
		// Nor as a manager too, who still works as a worker in no team.
		expect(await save(['worker', 'manager'], [])).toEqual(refusedForTeams);

		expect(await whatIsStoredFor(jo.id)).toEqual(before);
	});

	it('refuses to take away the last team of a worker whose young people are still allocated to them', async () => {
		const { jo, teamId, save } = await joInOneTeam();
		const robin = await createYoungPerson({ teamId, preferredName: 'Robin' });
		await allocate(robin, jo.id);
		const before = await whatIsStoredFor(jo.id);

		expect(await save(['worker'], [])).toEqual(refusedForTeams);
		// Dropping the worker role with the team waits for Robin to have a new worker.
		expect(await save(['participation_lead'], [])).toMatchObject({ error: 'has_caseload' });

		expect(await whatIsStoredFor(jo.id)).toEqual(before);
		expect((await listCaseloadOf(jo.id)).map((p) => p.preferredName)).toEqual(['Robin']);
	});

	it('lets a worker move to another team, and someone who is no longer a worker leave every team', async () => {
		const { jo, save } = await joInOneTeam();
		const otherTeam = await createTeam();

		expect(await save(['worker'], [{ teamId: otherTeam, teamRole: 'worker' }])).toMatchObject({
			ok: true
		});
		const moved = await whatIsStoredFor(jo.id);
		expect(moved.teams.map((t) => t.teamId)).toEqual([otherTeam]);
		expect(moved.name).toBe('Jo Renamed');

		expect(await save(['participation_lead'], [])).toMatchObject({ ok: true });
		expect((await whatIsStoredFor(jo.id)).teams).toEqual([]);
	});
});
