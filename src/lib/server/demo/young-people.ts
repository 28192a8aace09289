import type { LegalStatus, PlacementType } from '$lib/vocabulary';
import type { Tx } from '../db';
import { allocations, userRoles, users, youngPeople } from '../db/schema';
import type { DemoAccount } from './seed';
import { theRow } from '../db/rows';

/** The demo's young people: their records, their sign-ins and the workers they have had. */

const DAY = 24 * 60 * 60 * 1000;
export const daysFromNow = (days: number, now: Date) => new Date(now.getTime() + days * DAY);
const birthDateForAge = (years: number, now: Date) =>
	new Date(Date.UTC(now.getUTCFullYear() - years, now.getUTCMonth(), now.getUTCDate()) - 40 * DAY)
		.toISOString()
		.slice(0, 10);

interface Staff {
	now: Date;
	passwordHash: string;
	accounts: DemoAccount[];
	teams: { north: string; throughcare: string };
	staff: { admin: string; fiona: string; sam: string; jamie: string };
}

export async function seedDemoYoungPeople(
	tx: Tx,
	{
		now,
		passwordHash,
		accounts,
		teams: { north, throughcare },
		staff: { admin, fiona, sam, jamie }
	}: Staff
) {
	const person = async (
		username: string | null,
		name: string,
		age: number,
		legalStatus: LegalStatus,
		placementType: PlacementType,
		teamId: string,
		caseReference: string,
		workers: { id: string; fromDaysAgo: number }[],
		what: string
	) => {
		let userId: string | null = null;
		if (username) {
			userId = theRow(
				await tx
					.insert(users)
					.values({ username, passwordHash, displayName: name, firstName: name })
					.returning()
			).id;
			await tx.insert(userRoles).values({ userId, role: 'young_person' });
			accounts.push({ signIn: username, name, what });
		}
		const id = theRow(
			await tx
				.insert(youngPeople)
				.values({
					userId,
					preferredName: name,
					dateOfBirth: birthDateForAge(age, now),
					legalStatus,
					placementType,
					teamId,
					caseReference
				})
				.returning()
		).id;
		for (const [i, w] of workers.entries()) {
			const next = workers[i + 1];
			await tx.insert(allocations).values({
				youngPersonId: id,
				workerId: w.id,
				startedAt: daysFromNow(-w.fromDaysAgo, now),
				endedAt: next ? daysFromNow(-next.fromDaysAgo, now) : null,
				createdBy: admin,
				announced: true
			});
		}
		return id;
	};

	const maya = await person(
		'maya',
		'Maya',
		9,
		'foster',
		'foster_carer',
		north,
		'GB-100231',
		[{ id: sam, fromDaysAgo: 400 }],
		'age 9, simple mode, foster care'
	);
	const jordan = await person(
		'jordan',
		'Jordan',
		15,
		'child_protection_plan',
		'family_home',
		north,
		'GB-100187',
		[
			{ id: jamie, fromDaysAgo: 330 },
			{ id: fiona, fromDaysAgo: 200 },
			{ id: sam, fromDaysAgo: 60 }
		],
		'age 15, child protection plan, conference next week, has had three workers'
	);
	const alex = await person(
		'alex',
		'Alex',
		19,
		'aftercare',
		'own_tenancy',
		throughcare,
		'GB-099412',
		[{ id: jamie, fromDaysAgo: 500 }],
		'age 19, care leaver in aftercare'
	);
	const leah = await person(
		'leah',
		'Leah',
		13,
		'residential',
		'residential_house',
		north,
		'GB-100305',
		[{ id: sam, fromDaysAgo: 250 }],
		'age 13, residential care'
	);
	const kai = await person(
		'kai',
		'Kai',
		11,
		'kinship',
		'kinship_carer',
		north,
		'GB-100377',
		[{ id: fiona, fromDaysAgo: 150 }],
		'age 11, kinship care'
	);
	const ruby = await person(
		'ruby',
		'Ruby',
		17,
		'continuing_care',
		'foster_carer',
		throughcare,
		'GB-099870',
		[{ id: jamie, fromDaysAgo: 300 }],
		'age 17, continuing care'
	);
	const olly = await person(
		null,
		'Olly',
		10,
		'at_home_supervision',
		'family_home',
		north,
		'GB-100412',
		[{ id: sam, fromDaysAgo: 20 }],
		''
	);

	return { maya, jordan, alex, leah, kai, ruby, olly };
}
