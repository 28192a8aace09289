import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '../db';
import { auditEvents, mailOutbox, teamMembers, userRoles } from '../db/schema';
import { addToTeam, createStaff, createTeam } from '$tests/fixtures';
import { createStaffAccount, updateStaffAccount } from './mutations';

const rolesOf = (userId: string) =>
	db()
		.select()
		.from(userRoles)
		.where(eq(userRoles.userId, userId))
		.all()
		.map((r) => r.role)
		.sort();
const input = (
	email: string,
	roles: ('admin' | 'worker' | 'manager' | 'participation_lead')[]
) => ({ email, displayName: 'Some One', firstName: 'Some', roles });

describe('an administrator never holds a role that reads statements', () => {
	it('cannot give themselves roles or teams, as the attack posted them', async () => {
		const admin = await createStaff(['admin']);
		const team = createTeam();
		const attack = updateStaffAccount(
			admin,
			admin.id,
			input(admin.email, ['admin', 'manager', 'worker']),
			[{ teamId: team, teamRole: 'manager' }]
		);
		expect(attack).toMatchObject({ ok: false, field: 'roles', error: 'admin_reads_nothing' });
		const sneaky = updateStaffAccount(admin, admin.id, input(admin.email, ['admin']), [
			{ teamId: team, teamRole: 'manager' }
		]);
		expect(sneaky).toMatchObject({ ok: false, field: 'roles', error: 'own_roles' });
		expect(rolesOf(admin.id)).toEqual(['admin']);
		expect(db().select().from(teamMembers).where(eq(teamMembers.userId, admin.id)).all()).toEqual(
			[]
		);
		// Their own name and email still change, with roles and teams as they were.
		expect(
			updateStaffAccount(
				admin,
				admin.id,
				{ ...input(admin.email, ['admin']), displayName: 'New Name' },
				[]
			).ok
		).toBe(true);
	});

	it('cannot give another account admin with worker, manager or lead, on creation or later', async () => {
		const admin = await createStaff(['admin']);
		const worker = await createStaff(['worker']);
		for (const reading of ['worker', 'manager', 'participation_lead'] as const) {
			expect(
				updateStaffAccount(admin, worker.id, input(worker.email, ['admin', reading]), [])
			).toMatchObject({ error: 'admin_reads_nothing' });
			expect(
				await createStaffAccount(
					admin,
					input(`new-${reading}@heard.example`, [reading, 'admin']),
					[]
				)
			).toMatchObject({ error: 'admin_reads_nothing' });
		}
		expect(rolesOf(worker.id)).toEqual(['worker']);
	});

	it('is refused by the database too, whichever role comes first', async () => {
		const admin = await createStaff(['admin']);
		const lead = await createStaff(['participation_lead']);
		expect(() =>
			db().insert(userRoles).values({ userId: admin.id, role: 'manager' }).run()
		).toThrow(/cannot hold a role that reads statements/);
		expect(() => db().insert(userRoles).values({ userId: lead.id, role: 'admin' }).run()).toThrow(
			/cannot hold a role that reads statements/
		);
		expect(() =>
			db().update(userRoles).set({ role: 'admin' }).where(eq(userRoles.userId, lead.id)).run()
		).not.toThrow();
		expect(rolesOf(lead.id)).toEqual(['admin']);
	});
});

describe('giving a role that reads statements', () => {
	it('tells the person and every other administrator, and is its own audit event', async () => {
		const actor = await createStaff(['admin'], { firstName: 'Morven' });
		const other = await createStaff(['admin']);
		const asleep = await createStaff(['admin'], { active: false });
		const lead = await createStaff(['participation_lead']);
		const team = createTeam('North');
		const before = db().select().from(mailOutbox).all().length;

		expect(
			updateStaffAccount(actor, lead.id, input(lead.email, ['participation_lead', 'manager']), [
				{ teamId: team, teamRole: 'manager' }
			]).ok
		).toBe(true);

		const mail = db().select().from(mailOutbox).all().slice(before);
		// Earlier tests in this file made administrators too: each of them is told as well.
		expect(mail.map((m) => m.to)).toEqual(expect.arrayContaining([lead.email, other.email]));
		expect(mail.map((m) => m.to)).not.toContain(asleep.email);
		expect(mail.map((m) => m.to)).not.toContain(actor.email);
		expect(mail.find((m) => m.to === other.email)!.body).toContain('manager, manager of North');
		const [event] = db()
			.select()
			.from(auditEvents)
			.where(eq(auditEvents.action, 'reading_access_given'))
			.all();
		expect(event).toMatchObject({
			actorId: actor.id,
			subjectId: lead.id,
			detail: { roles: ['manager'], managedTeams: [team] }
		});
	});

	it('says nothing when no reading is gained, and tells about a newly managed team', async () => {
		const actor = await createStaff(['admin']);
		const manager = await createStaff(['manager']);
		const [north, south] = [createTeam(), createTeam()];
		addToTeam(north, manager.id, 'manager');
		const count = () =>
			db()
				.select()
				.from(auditEvents)
				.where(eq(auditEvents.subjectId, manager.id))
				.all()
				.filter((e) => e.action === 'reading_access_given');

		updateStaffAccount(actor, manager.id, input(manager.email, ['manager']), [
			{ teamId: north, teamRole: 'manager' }
		]);
		expect(count()).toHaveLength(0);
		updateStaffAccount(actor, manager.id, input(manager.email, ['manager']), [
			{ teamId: north, teamRole: 'manager' },
			{ teamId: south, teamRole: 'manager' }
		]);
		expect(count().map((e) => e.detail)).toEqual([{ roles: [], managedTeams: [south] }]);
	});

	it('is announced when a new account is created with one', async () => {
		const actor = await createStaff(['admin']);
		const result = await createStaffAccount(
			actor,
			input('fresh.worker@heard.example', ['worker']),
			[]
		);
		if (!result.ok) throw new Error(result.error);
		// Two emails: the announcement, and the link to choose a password (ADR 13).
		const mail = db()
			.select()
			.from(mailOutbox)
			.where(eq(mailOutbox.to, 'fresh.worker@heard.example'))
			.all();
		expect(mail.map((m) => m.holdsLink).sort()).toEqual([false, true]);
		expect(
			db()
				.select()
				.from(auditEvents)
				.where(eq(auditEvents.subjectId, result.id))
				.all()
				.map((e) => e.action)
		).toContain('reading_access_given');
	});
});
