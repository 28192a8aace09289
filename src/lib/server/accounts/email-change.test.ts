import { and, eq, inArray } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '../db';
import { auditEvents, mailOutbox } from '../db/schema';
import { addToTeam, createStaff, createTeam } from '$tests/fixtures';
import { isNotable } from '../audit/action-labels';
import { updateStaffAccount } from './mutations';

/*
 * The attack: an administrator points a worker's sign-in at an address they hold, sends the
 * password link there, and reads what the worker's young people said. It cannot be refused
 * (people do change addresses), so it must never be quiet (ADR 10).
 */

async function aWorkerAndTwoAdministrators() {
	const team = await createTeam();
	const worker = await createStaff(['worker'], { firstName: 'Jamie' });
	await addToTeam(team, worker.id, 'worker');
	const admin = await createStaff(['admin'], { firstName: 'Morven' });
	const otherAdmin = await createStaff(['admin'], { firstName: 'Iain' });
	const change = (email: string) =>
		updateStaffAccount(
			admin,
			worker.id,
			{ email, displayName: 'Jamie Brown', firstName: 'Jamie', roles: ['worker'] },
			[{ teamId: team, teamRole: 'worker' }]
		);
	return { worker, admin, otherAdmin, change };
}

const mailTo = (...addresses: string[]) =>
	db().select().from(mailOutbox).where(inArray(mailOutbox.to, addresses));
const eventsAbout = (userId: string) =>
	db()
		.select()
		.from(auditEvents)
		.where(and(eq(auditEvents.action, 'sign_in_email_changed'), eq(auditEvents.subjectId, userId)));

describe('an administrator changing a staff member’s sign-in email', () => {
	it('is audited as its own marked event, naming neither address', async () => {
		const { worker, admin, change } = await aWorkerAndTwoAdministrators();
		expect(await change('morven.private@elsewhere.example')).toMatchObject({ ok: true });
		const events = await eventsAbout(worker.id);
		expect(events).toHaveLength(1);
		expect(events[0]).toMatchObject({ actorId: admin.id, subjectType: 'user' });
		expect(JSON.stringify(events[0])).not.toMatch(/@/);
		expect(isNotable('sign_in_email_changed')).toBe(true);
	});

	it('tells the old address and every other administrator, not the new address or the one who did it', async () => {
		const { worker, admin, otherAdmin, change } = await aWorkerAndTwoAdministrators();
		const newAddress = 'morven.second@elsewhere.example';
		expect(await change(newAddress)).toMatchObject({ ok: true });
		const [toOld] = await mailTo(worker.email);
		expect(toOld?.subject).toBe('Heard: the email you sign in with was changed');
		expect(toOld?.body).toContain('Morven Example changed the email address');
		const [toOther] = await mailTo(otherAdmin.email);
		expect(toOther?.subject).toBe("Heard: a staff member's sign-in email was changed");
		expect(toOther?.body).toContain(`/admin/staff/${worker.id}`);
		expect(toOther?.body).toContain('Jamie Brown');
		expect(await mailTo(admin.email, newAddress)).toEqual([]);
	});

	it('says nothing when only the name changes, or the address only in its capitals', async () => {
		const { worker, otherAdmin, change } = await aWorkerAndTwoAdministrators();
		await change(worker.email.toUpperCase());
		expect(await eventsAbout(worker.id)).toEqual([]);
		expect(await mailTo(worker.email, otherAdmin.email)).toEqual([]);
	});
});
