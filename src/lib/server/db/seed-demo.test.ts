import { and, eq, gt, isNull, lt } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { ageOn } from '$lib/dates';
import { activateAccount } from '../auth/activation';
import { db } from '.';
import { allocations, meetings, statements, teams, userRoles, youngPeople } from './schema';
import { seedDemo, type DemoSeed } from './seed-demo';
import { getSetting } from '../settings';

const DAY = 24 * 60 * 60 * 1000;
const now = new Date();
let seed: DemoSeed;

beforeAll(async () => {
	seed = await seedDemo(now);
});

const people = () => db().select().from(youngPeople).all();
const aged = (years: number) => people().filter((p) => ageOn(p.dateOfBirth, now) === years);

describe('the demo organisation', () => {
	it('has at least six young people in two teams, and a complaints team that holds none', () => {
		expect(people().length).toBeGreaterThanOrEqual(6);
		expect(new Set(people().map((p) => p.teamId)).size).toBe(2);
		const all = db().select().from(teams).all();
		expect(all).toHaveLength(3);
		const complaintsTeam = getSetting('complaintsTeamId');
		expect(all.map((t) => t.id)).toContain(complaintsTeam);
		expect(people().filter((p) => p.teamId === complaintsTeam)).toEqual([]);
	});

	it('has someone in every staff role', () => {
		const roles = new Set(
			db()
				.select()
				.from(userRoles)
				.all()
				.map((r) => r.role)
		);
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

	it('has a 9-year-old who follows the default simple mode', () => {
		const nine = aged(9);
		expect(nine.length).toBeGreaterThan(0);
		expect(nine.some((p) => p.simpleMode === null)).toBe(true);
	});

	it('has a 15-year-old on a child protection plan with a conference in the next 14 days', () => {
		const onPlan = aged(15).filter((p) => p.legalStatus === 'child_protection_plan');
		expect(onPlan.length).toBeGreaterThan(0);
		const conferences = onPlan.flatMap((p) =>
			db()
				.select()
				.from(meetings)
				.where(
					and(
						eq(meetings.youngPersonId, p.id),
						eq(meetings.type, 'child_protection_conference'),
						gt(meetings.scheduledAt, now),
						lt(meetings.scheduledAt, new Date(now.getTime() + 14 * DAY))
					)
				)
				.all()
		);
		expect(conferences.length).toBeGreaterThan(0);
	});

	it('has a 19-year-old care leaver in aftercare', () => {
		expect(aged(19).some((p) => p.legalStatus === 'aftercare')).toBe(true);
	});

	it('has someone who has had three workers, only the last of them current', () => {
		const history = people().map((p) =>
			db().select().from(allocations).where(eq(allocations.youngPersonId, p.id)).all()
		);
		const threeWorkers = history.find((h) => h.length === 3);
		expect(threeWorkers).toBeDefined();
		const current = threeWorkers!.filter((a) => a.endedAt === null);
		expect(current).toHaveLength(1);
		const latestStart = Math.max(...threeWorkers!.map((a) => a.startedAt.getTime()));
		expect(current[0]!.startedAt.getTime()).toBe(latestStart);
	});

	it('gives every young person exactly one current worker', () => {
		for (const p of people()) {
			const current = db()
				.select()
				.from(allocations)
				.where(and(eq(allocations.youngPersonId, p.id), isNull(allocations.endedAt)))
				.all();
			expect(current, p.preferredName).toHaveLength(1);
		}
	});

	it('has urgent and unread statements waiting', () => {
		expect(
			db().select().from(statements).where(eq(statements.urgent, true)).all().length
		).toBeGreaterThan(0);
		expect(
			db().select().from(statements).where(isNull(statements.firstReadAt)).all().length
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
		const linked = db()
			.select()
			.from(youngPeople)
			.where(eq(youngPeople.userId, result.userId))
			.get();
		expect(linked?.preferredName).toBe('Olly');
	});
});
