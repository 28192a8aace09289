import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db, transaction } from '../db';
import { auditEvents, mailOutbox, teamMembers, userRoles } from '../db/schema';
import { addToTeam, createStaff, createTeam } from '$tests/fixtures';
import { createStaffAccount, updateStaffAccount } from './mutations';

const rolesOf = async (userId: string) =>
	(await db().select().from(userRoles).where(eq(userRoles.userId, userId)))
		.map((r) => r.role)
		.sort();
const input = (
	email: string,
	roles: ('admin' | 'worker' | 'manager' | 'participation_lead')[]
) => ({ email, displayName: 'Some One', firstName: 'Some', roles });

describe('an administrator never holds a role that reads statements', () => {
	it('cannot give themselves roles or teams, as the attack posted them', async () => {
		const admin = await createStaff(['admin']);
		const team = await createTeam();
		const attack = await updateStaffAccount(
			admin,
			admin.id,
			input(admin.email, ['admin', 'manager', 'worker']),
			[{ teamId: team, teamRole: 'manager' }]
		);
		expect(attack).toMatchObject({ ok: false, field: 'roles', error: 'admin_reads_nothing' });
		const sneaky = await updateStaffAccount(admin, admin.id, input(admin.email, ['admin']), [
			{ teamId: team, teamRole: 'manager' }
		]);
		expect(sneaky).toMatchObject({ ok: false, field: 'roles', error: 'own_roles' });
		expect(await rolesOf(admin.id)).toEqual(['admin']);
		expect(await db().select().from(teamMembers).where(eq(teamMembers.userId, admin.id))).toEqual(
			[]
		);
		// Their own name and email still change, with roles and teams as they were.
		expect(
			(
				await updateStaffAccount(
					admin,
					admin.id,
					{ ...input(admin.email, ['admin']), displayName: 'New Name' },
					[]
				)
			).ok
		).toBe(true);
	});

	it('cannot give another account admin with worker, manager or lead, on creation or later', async () => {
		const admin = await createStaff(['admin']);
		const worker = await createStaff(['worker']);
		for (const reading of ['worker', 'manager', 'participation_lead'] as const) {
			expect(
				await updateStaffAccount(admin, worker.id, input(worker.email, ['admin', reading]), [])
			).toMatchObject({ error: 'admin_reads_nothing' });
			expect(
				await createStaffAccount(
					admin,
					input(`new-${reading}@heard.example`, [reading, 'admin']),
					[]
				)
			).toMatchObject({ error: 'admin_reads_nothing' });
		}
		expect(await rolesOf(worker.id)).toEqual(['worker']);
	});

	it('is refused by the database too, whichever role comes first', async () => {
		const admin = await createStaff(['admin']);
		const lead = await createStaff(['participation_lead']);
		await expect(
			transaction(async (tx) => {
				await tx.insert(userRoles).values({ userId: admin.id, role: 'manager' });
			})
		).rejects.toThrow(/cannot hold a role that reads statements/);
		await expect(
			transaction(async (tx) => {
				await tx.insert(userRoles).values({ userId: lead.id, role: 'admin' });
			})
		).rejects.toThrow(/cannot hold a role that reads statements/);
		await expect(
			transaction(async (tx) => {
				await tx.update(userRoles).set({ role: 'admin' }).where(eq(userRoles.userId, lead.id));
			})
		).resolves.toBeUndefined();
		expect(await rolesOf(lead.id)).toEqual(['admin']);
	});
});

describe('giving a role that reads statements', () => {
	it('tells the person and every other administrator, and is its own audit event', async () => {
		const actor = await createStaff(['admin'], { firstName: 'Morven' });
		const other = await createStaff(['admin']);
		const asleep = await createStaff(['admin'], { active: false });
		const lead = await createStaff(['participation_lead']);
		const team = await createTeam('North');
		const before = (await db().select().from(mailOutbox)).length;

		expect(
			(
				await updateStaffAccount(
					actor,
					lead.id,
					input(lead.email, ['participation_lead', 'manager']),
					[{ teamId: team, teamRole: 'manager' }]
				)
			).ok
		).toBe(true);

		const mail = (await db().select().from(mailOutbox)).slice(before);
		// Earlier tests in this file made administrators too: each of them is told as well.
		expect(mail.map((m) => m.to)).toEqual(expect.arrayContaining([lead.email, other.email]));
		expect(mail.map((m) => m.to)).not.toContain(asleep.email);
		expect(mail.map((m) => m.to)).not.toContain(actor.email);
		expect(mail.find((m) => m.to === other.email)!.body).toContain('manager, manager of North');
		const [event] = await db()
			.select()
			.from(auditEvents)
			.where(eq(auditEvents.action, 'reading_access_given'));
		expect(event).toMatchObject({
			actorId: actor.id,
			subjectId: lead.id,
			detail: { roles: ['manager'], managedTeams: [team] }
		});
	});

	it('says nothing when no reading is gained, and tells about a newly managed team', async () => {
		const actor = await createStaff(['admin']);
		const manager = await createStaff(['manager']);
		const [north, south] = [await createTeam(), await createTeam()];
		await addToTeam(north, manager.id, 'manager');
		const count = async () =>
			(await db().select().from(auditEvents).where(eq(auditEvents.subjectId, manager.id))).filter(
				(e) => e.action === 'reading_access_given'
			);

		await updateStaffAccount(actor, manager.id, input(manager.email, ['manager']), [
			{ teamId: north, teamRole: 'manager' }
		]);
		expect(await count()).toHaveLength(0);
		await updateStaffAccount(actor, manager.id, input(manager.email, ['manager']), [
			{ teamId: north, teamRole: 'manager' },
			{ teamId: south, teamRole: 'manager' }
		]);
		expect((await count()).map((e) => e.detail)).toEqual([{ roles: [], managedTeams: [south] }]);
	});

	it('is announced when a new account is created with one', async () => {
		const actor = await createStaff(['admin']);
		const result = await createStaffAccount(
			actor,
			input('fresh.worker@heard.example', ['worker']),
			[{ teamId: await createTeam(), teamRole: 'worker' }]
		);
		if (!result.ok) throw new Error(result.error);
		// Two emails: the announcement, and the link to choose a password (ADR 13).
		const mail = await db()
			.select()
			.from(mailOutbox)
			.where(eq(mailOutbox.to, 'fresh.worker@heard.example'));
		expect(mail.map((m) => m.holdsLink).sort()).toEqual([false, true]);
		expect(
			(await db().select().from(auditEvents).where(eq(auditEvents.subjectId, result.id))).map(
				(e) => e.action
			)
		).toContain('reading_access_given');
	});
});
