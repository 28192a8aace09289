import type { Role } from '$lib/vocabulary';
import type { Tx } from '../db';
import type { DemoAccount } from './seed';
import { teamMembers, teams, userRoles, users } from '../db/schema';
import { setSetting } from '../settings';
import { theRow } from '../db/rows';

/**
 * The demo organisation's three teams and six staff (each added to `accounts`, to
 * be printed at start). Everything here is invented.
 */
export async function seedDemoStaff(
	tx: Tx,
	{ now, passwordHash, accounts }: { now: Date; passwordHash: string; accounts: DemoAccount[] }
) {
	const team = async (name: string) =>
		theRow(await tx.insert(teams).values({ name }).returning()).id;
	const north = await team('North Children and Families Team');
	const throughcare = await team('Throughcare and Aftercare Team');
	// Reads "I'm not happy" inside Heard; it holds no young people (ADR 28).
	const complaintsTeam = await team('Complaints and Advocacy');
	await setSetting(tx, 'complaintsTeamId', complaintsTeam, now);

	const staff = async (email: string, first: string, last: string, roles: Role[], what: string) => {
		const id = theRow(
			await tx
				.insert(users)
				.values({ email, passwordHash, displayName: `${first} ${last}`, firstName: first })
				.returning()
		).id;
		for (const role of roles) await tx.insert(userRoles).values({ userId: id, role });
		accounts.push({ signIn: email, name: `${first} ${last}`, what });
		return id;
	};
	const admin = await staff('admin@glenbrae.example', 'Morven', 'Reid', ['admin'], 'administrator');
	const lead = await staff(
		'lead@glenbrae.example',
		'Priya',
		'Shah',
		['participation_lead'],
		'Promise / participation lead'
	);
	const fiona = await staff(
		'manager@glenbrae.example',
		'Fiona',
		'MacLeod',
		['manager', 'worker'],
		'team manager (both teams), also a worker'
	);
	const sam = await staff(
		'sam@glenbrae.example',
		'Sam',
		'Taylor',
		['worker'],
		'social worker, North team'
	);
	const jamie = await staff(
		'jamie@glenbrae.example',
		'Jamie',
		'Brown',
		['worker'],
		'personal adviser, Throughcare team'
	);
	const aileen = await staff(
		'aileen@glenbrae.example',
		'Aileen',
		'Grant',
		['worker'],
		'complaints and advocacy officer: reads "I\'m not happy"'
	);
	for (const [teamId, userId, teamRole] of [
		[complaintsTeam, aileen, 'worker'],
		[north, fiona, 'manager'],
		[throughcare, fiona, 'manager'],
		[north, fiona, 'worker'],
		[north, sam, 'worker'],
		[throughcare, jamie, 'worker']
	] as const) {
		await tx.insert(teamMembers).values({ teamId, userId, teamRole });
	}

	return {
		teams: { north, throughcare },
		staff: { admin, lead, fiona, sam, jamie }
	};
}
