import type { Role } from '$lib/vocabulary';
import { hashPassword } from '../auth/password';
import { writeActivationCode } from '../auth/activation-codes';
import { transaction, type Tx } from '.';
import { aboutMe, meetings, teamMembers, teams, userRoles, users, youSaidWeDid } from './schema';
import { seedDemoStatements } from './seed-demo-statements';
import { daysFromNow, seedDemoYoungPeople } from './seed-demo-young-people';
import { setSetting } from '../settings';
import { theRow } from './rows';

/** Everything here is invented: Glenbrae is not a real council and nobody here is real. */
export const DEMO_PASSWORD = 'heard-demo-2026';
export const DEMO_ORGANISATION = 'Glenbrae Council';

export interface DemoAccount {
	signIn: string;
	name: string;
	what: string;
}

export interface DemoSeed {
	accounts: DemoAccount[];
	activationCode: string;
}

/** All or nothing: a half-seeded database would not be seeded again. */
export async function seedDemo(now = new Date()): Promise<DemoSeed> {
	const passwordHash = await hashPassword(DEMO_PASSWORD);
	return await transaction(async (tx) => await seedDemoOrganisation(tx, passwordHash, now));
}

async function seedDemoOrganisation(tx: Tx, passwordHash: string, now: Date): Promise<DemoSeed> {
	const accounts: DemoAccount[] = [];

	// Stored, not the settings' default: a council's own Heard must never call itself by the demo's name.
	await setSetting(tx, 'organisationName', DEMO_ORGANISATION, now);
	await setSetting(tx, 'securityContact', 'security@glenbrae.example', now);
	await setSetting(tx, 'accessibilityContact', 'accessibility@glenbrae.example', now);
	await setSetting(tx, 'complaintsEmail', 'complaints@glenbrae.example', now);
	// The demo's staff sign in with the shared demo password alone (ADR 24); a council's do not.
	await setSetting(tx, 'staffTwoStepRequired', false, now);
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

	const { maya, jordan, alex, leah, kai, ruby, olly } = await seedDemoYoungPeople(tx, {
		now,
		passwordHash,
		accounts,
		teams: { north, throughcare },
		staff: { admin, fiona, sam, jamie }
	});

	const meeting = async (
		youngPersonId: string,
		type: (typeof meetings.$inferInsert)['type'],
		inDays: number,
		chair: string
	) =>
		theRow(
			await tx
				.insert(meetings)
				.values({
					youngPersonId,
					type,
					scheduledAt: daysFromNow(inDays, now),
					chair,
					createdBy: fiona
				})
				.returning()
		).id;
	await meeting(jordan, 'child_protection_conference', 7, 'Independent chair');
	await meeting(maya, 'looked_after_review', 21, 'Independent reviewing officer');
	await meeting(alex, 'pathway_plan_review', 10, 'Jamie Brown');
	const leahReview = await meeting(
		leah,
		'looked_after_review',
		-45,
		'Independent reviewing officer'
	);
	const kaiHearing = await meeting(kai, 'childrens_hearing', -30, 'Panel chair');
	await meeting(ruby, 'pathway_plan_review', -60, 'Jamie Brown');

	await tx.insert(aboutMe).values({
		youngPersonId: jordan,
		likes: 'Football, drawing, my dog Biscuit.',
		important: 'Seeing my gran every week.',
		support: 'Text me before you visit. Talk to me on my own, not in front of everyone.',
		tiredOfRepeating: 'Why I moved school. I have said it loads of times.',
		updatedAt: daysFromNow(-20, now)
	});
	await tx.insert(aboutMe).values({
		youngPersonId: alex,
		likes: 'Cooking, music, my part-time job.',
		important: 'Keeping my flat.',
		support: 'Email or text, I work mornings.',
		tiredOfRepeating: 'My care history every time I meet someone new.',
		updatedAt: daysFromNow(-40, now)
	});

	await seedDemoStatements(tx, {
		now,
		people: { maya, jordan, alex, leah, kai, ruby },
		workers: { sam, jamie, fiona },
		meetings: { leahReview, kaiHearing }
	});

	for (const [youSaid, weDid, status, published] of [
		[
			'You said it was hard to get hold of your worker after school.',
			'Workers in the North team now keep one late afternoon a week free for calls and visits.',
			'done',
			true
		],
		[
			'You said meetings use too many words you do not understand.',
			'We are writing a plain-words guide to meetings with young people from the Champions group.',
			'in_progress',
			true
		],
		[
			'You said you want to choose where your reviews happen.',
			'We will ask you where you want your next review to be held.',
			'planned',
			false
		]
	] as const) {
		await tx.insert(youSaidWeDid).values({
			youSaid,
			weDid,
			status,
			createdBy: lead,
			updatedAt: now,
			publishedAt: published ? now : null
		});
	}

	return { accounts, activationCode: await writeActivationCode(tx, olly, sam, now) };
}
