import { describe, expect, it } from 'vitest';
import { addToTeam, createStaff, createTeam } from '$tests/fixtures';
import { mailSince, otherActiveAdmins, outboxMark, readingGivenAbout } from '$tests/fixtures/reach';
import { deactivateUser, reactivateUser } from './mutations';

/*
 * An account opened again reads again what it read before it was closed: that is reading given
 * (ADR 10), announced as a new account's would be, once, however many times it is pressed.
 */
describe('reactivating a staff account', () => {
	it('records reading given, and tells the person and every other active administrator, once', async () => {
		const admin = await createStaff(['admin']);
		const other = await createStaff(['admin']);
		const team = await createTeam();
		const manager = await createStaff(['manager', 'worker'], { firstName: 'Fiona' });
		await addToTeam(team, manager.id, 'manager');
		expect((await deactivateUser(admin, manager.id)).ok).toBe(true);
		const before = (await readingGivenAbout(manager.id)).length;
		const mark = await outboxMark();

		await reactivateUser(admin, manager.id);

		const events = await readingGivenAbout(manager.id);
		expect(events).toHaveLength(before + 1);
		expect(events[0]).toMatchObject({ actorId: admin.id, notable: true });
		const mail = await mailSince(mark);
		const to = mail.map((m) => m.to).sort();
		expect(to).toContain(manager.email);
		expect(to).toEqual(expect.arrayContaining(await otherActiveAdmins(admin.id)));
		expect(to).toContain(other.email);
		expect(to).not.toContain(admin.email);

		// A second press finds the account open: no event and no email again.
		const again = await outboxMark();
		await reactivateUser(admin, manager.id);
		expect(await readingGivenAbout(manager.id)).toHaveLength(before + 1);
		expect(await mailSince(again)).toEqual([]);
	});

	it('tells nobody when the account reads nothing of what young people say', async () => {
		const admin = await createStaff(['admin']);
		const another = await createStaff(['admin']);
		expect((await deactivateUser(admin, another.id)).ok).toBe(true);
		const mark = await outboxMark();
		await reactivateUser(admin, another.id);
		expect(await readingGivenAbout(another.id)).toEqual([]);
		expect(await mailSince(mark)).toEqual([]);
	});
});
