import { hashPassword } from '../auth/password';
import { writeActivationCode } from '../auth/activation-codes';
import { transaction, type Tx } from '../db';
import { aboutMe, meetings, youSaidWeDid } from '../db/schema';
import { seedDemoStaff } from './staff';
import { setSetting } from '../settings';
import { seedDemoStatements } from './statements';
import { daysFromNow, seedDemoYoungPeople } from './young-people';
import { theRow } from '../db/rows';

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
	const { teams, staff } = await seedDemoStaff(tx, { now, passwordHash, accounts });
	const { admin, lead, fiona, sam, jamie } = staff;

	const { maya, jordan, alex, leah, kai, ruby, olly } = await seedDemoYoungPeople(tx, {
		now,
		passwordHash,
		accounts,
		teams,
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
