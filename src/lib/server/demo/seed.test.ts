import { and, eq, gt, isNull, lt } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { ageOn } from '$lib/dates';
import { activateAccount } from '../auth/activation';
import { db } from '../db';
import { allocations, meetings, statements, teams, userRoles, youngPeople } from '../db/schema';
import { seedDemo, type DemoSeed } from './seed';
import { getSetting } from '../settings';

const DAY = 24 * 60 * 60 * 1000;
const now = new Date();
let seed: DemoSeed;

beforeAll(async () => {
	seed = await seedDemo(now);
});

const people = async () => await db().select().from(youngPeople);
const aged = async (years: number) =>
	(await people()).filter((p) => ageOn(p.dateOfBirth, now) === years);

describe('the demo organisation', () => {
	it('has at least six young people in two teams, and a complaints team that holds none', async () => {
		expect((await people()).length).toBeGreaterThanOrEqual(6);
		expect(new Set((await people()).map((p) => p.teamId)).size).toBe(2);
		const all = await db().select().from(teams);
		expect(all).toHaveLength(3);
		const complaintsTeam = await getSetting('complaintsTeamId');
		expect(all.map((t) => t.id)).toContain(complaintsTeam);
		expect((await people()).filter((p) => p.teamId === complaintsTeam)).toEqual([]);
	});

	it('has someone in every staff role', async () => {
		const roles = new Set((await db().select().from(userRoles)).map((r) => r.role));
		for (const role of [
			'admin',
			'participation_lead',
			'manager',
			'worker',
			'young_person'
		] as const) {
			expect(roles.has(role), role).toBe(true);
		}
	});

	it('has a 9-year-old who follows the default simple mode', async () => {
		const nine = await aged(9);
		expect(nine.length).toBeGreaterThan(0);
		expect(nine.some((p) => p.simpleMode === null)).toBe(true);
	});

	it('has a 15-year-old on a child protection plan with a conference in the next 14 days', async () => {
		const onPlan = (await aged(15)).filter((p) => p.legalStatus === 'child_protection_plan');
		expect(onPlan.length).toBeGreaterThan(0);
		const conferences = [];
		for (const p of onPlan)
			conferences.push(
				...(await db()
					.select()
					.from(meetings)
					.where(
						and(
							eq(meetings.youngPersonId, p.id),
							eq(meetings.type, 'child_protection_conference'),
							gt(meetings.scheduledAt, now),
							lt(meetings.scheduledAt, new Date(now.getTime() + 14 * DAY))
						)
					))
			);
		expect(conferences.length).toBeGreaterThan(0);
	});

	it('has a 19-year-old care leaver in aftercare', async () => {
		expect((await aged(19)).some((p) => p.legalStatus === 'aftercare')).toBe(true);
	});

	it('has someone who has had three workers, only the last of them current', async () => {
		const history = [];
		for (const p of await people())
			history.push(
				await db().select().from(allocations).where(eq(allocations.youngPersonId, p.id))
			);
		const threeWorkers = history.find((h) => h.length === 3);
		expect(threeWorkers).toBeDefined();
		const current = threeWorkers!.filter((a) => a.endedAt === null);
		expect(current).toHaveLength(1);
		const latestStart = Math.max(...threeWorkers!.map((a) => a.startedAt.getTime()));
		expect(current[0]!.startedAt.getTime()).toBe(latestStart);
	});

	it('gives every young person exactly one current worker', async () => {
		for (const p of await people()) {
			const current = await db()
				.select()
				.from(allocations)
				.where(and(eq(allocations.youngPersonId, p.id), isNull(allocations.endedAt)));
			expect(current, p.preferredName).toHaveLength(1);
		}
	});

	it('has urgent and unread statements waiting', async () => {
		expect(
			(await db().select().from(statements).where(eq(statements.urgent, true))).length
		).toBeGreaterThan(0);
		expect(
			(await db().select().from(statements).where(isNull(statements.firstReadAt))).length
		).toBeGreaterThan(0);
	});

	it('lists demo accounts to sign in with', () => {
		expect(seed.accounts.map((a) => a.signIn)).toContain('admin@glenbrae.example');
		expect(seed.accounts.length).toBeGreaterThanOrEqual(5);
	});

	it('hands out an activation code that really activates an account', async () => {
		expect(seed.activationCode).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$/);
		const result = await activateAccount({
			code: seed.activationCode,
			username: 'olly',
			password: 'olly password 1'
		});
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		const linked = (
			await db().select().from(youngPeople).where(eq(youngPeople.userId, result.userId)).limit(1)
		)[0];
		expect(linked?.preferredName).toBe('Olly');
	});
});
