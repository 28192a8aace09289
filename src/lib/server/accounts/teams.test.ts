import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '../db';
import { teams } from '../db/schema';
import { createStaff } from '$tests/fixtures';
import { createTeam, renameTeam } from './teams';

const nameOf = async (id: string) =>
	(await db().select().from(teams).where(eq(teams.id, id)).limit(1))[0]!.name;

describe('team names', () => {
	it('refuses a new team whose name differs only by capitals or spaces', async () => {
		const admin = await createStaff(['admin']);
		expect((await createTeam(admin, 'North Children and Families Team')).ok).toBe(true);
		for (const name of [
			'north children and families team ',
			'NORTH CHILDREN AND FAMILIES TEAM',
			'  North  Children and   Families Team'
		])
			expect(await createTeam(admin, name)).toEqual({
				ok: false,
				field: 'name',
				error: 'team_taken'
			});
		expect(await db().select().from(teams)).toHaveLength(1);
		expect((await createTeam(admin, 'North Children and Families Team 2')).ok).toBe(true);
	});

	it('refuses a rename to another team’s name in other capitals, and allows recasing its own', async () => {
		const admin = await createStaff(['admin']);
		const south = await createTeam(admin, 'South Team');
		const east = await createTeam(admin, 'East Team');
		if (!south.ok || !east.ok) throw new Error('teams not made');
		expect(await renameTeam(admin, east.id, 'south team')).toMatchObject({
			ok: false,
			error: 'team_taken'
		});
		expect(await nameOf(east.id)).toBe('East Team');
		// Its own name in other capitals is not someone else's.
		expect((await renameTeam(admin, east.id, 'EAST team')).ok).toBe(true);
		expect(await nameOf(east.id)).toBe('EAST team');
	});
});
