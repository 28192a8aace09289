import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db, transaction } from '../db';
import { teamMembers, teams } from '../db/schema';
import { setSetting } from '../settings';
import { addToTeam, allocate, createStaff, createTeam, createYoungPerson } from '$tests/fixtures';
import {
	auditCount,
	mailSince,
	otherActiveAdmins,
	outboxMark,
	readingGivenAbout
} from '$tests/fixtures/reach';
import { updateStaffAccount } from './mutations';
import { setTeamOutOfHours } from './teams';

const NOW = new Date('2026-03-04T10:00:00Z');
const isFlagged = async (teamId: string) =>
	(await db().select().from(teams).where(eq(teams.id, teamId)).limit(1))[0]!.outOfHours;
const chooseComplaintsTeam = async (teamId: string) =>
	await transaction(async (tx) => await setSetting(tx, 'complaintsTeamId', teamId));
const asWorker = (person: { email: string }) => ({
	email: person.email,
	displayName: 'Some One',
	firstName: 'Some',
	roles: ['worker' as const]
});

describe('flagging the out-of-hours team gives its members a way to read', () => {
	it('is its own marked audit event, and emails each worker and manager in it and every other active administrator', async () => {
		const actor = await createStaff(['admin']);
		const other = await createStaff(['admin']);
		const duty = await createTeam('Emergency duty');
		const [jamie, fiona, lead] = [
			await createStaff(['worker']),
			await createStaff(['manager']),
			await createStaff(['participation_lead'])
		];
		await addToTeam(duty, jamie.id, 'worker');
		await addToTeam(duty, fiona.id, 'manager');
		await addToTeam(duty, lead.id, 'worker');
		// Jamie's own young person: nobody is named in what is sent.
		await allocate(await createYoungPerson({ teamId: duty, preferredName: 'Robin' }), jamie.id);
		const mark = await outboxMark();

		expect(await setTeamOutOfHours(actor, duty, true, NOW)).toEqual({ ok: true });

		expect(await isFlagged(duty)).toBe(true);
		const [event] = await readingGivenAbout(duty);
		expect(event).toMatchObject({
			actorId: actor.id,
			subjectType: 'team',
			notable: true,
			detail: { reach: 'out_of_hours', team: 'Emergency duty' }
		});
		// A participation lead cannot open the statement page, so gains nothing and is not told.
		expect((event!.detail as { readers: string[] }).readers.sort()).toEqual(
			[jamie.id, fiona.id].sort()
		);
		const mail = await mailSince(mark);
		expect(mail.map((m) => m.to).sort()).toEqual(
			[jamie.email, fiona.email, ...(await otherActiveAdmins(actor.id))].sort()
		);
		expect(mail.map((m) => m.to)).toContain(other.email);
		expect(mail.find((m) => m.to === jamie.email)!.body).toContain('out-of-hours team');
		for (const sent of mail) expect(sent.body).not.toContain('Robin');
	});

	it('says nothing when unflagged, nor when flagged again', async () => {
		const actor = await createStaff(['admin']);
		const duty = await createTeam();
		await addToTeam(duty, (await createStaff(['worker'])).id, 'worker');
		expect((await setTeamOutOfHours(actor, duty, true, NOW)).ok).toBe(true);
		const mark = await outboxMark();
		expect((await setTeamOutOfHours(actor, duty, true, NOW)).ok).toBe(true);
		expect((await setTeamOutOfHours(actor, duty, false, NOW)).ok).toBe(true);
		expect(await isFlagged(duty)).toBe(false);
		expect(await readingGivenAbout(duty)).toHaveLength(1);
		expect(await mailSince(mark)).toEqual([]);
	});

	it('is refused for the complaints team, which stays unflagged', async () => {
		const actor = await createStaff(['admin']);
		const complaints = await createTeam();
		await chooseComplaintsTeam(complaints);
		const [mark, events] = [await outboxMark(), await auditCount()];
		expect(await setTeamOutOfHours(actor, complaints, true, NOW)).toEqual({
			ok: false,
			error: 'out_of_hours_is_complaints_team'
		});
		expect(await isFlagged(complaints)).toBe(false);
		expect(await mailSince(mark)).toEqual([]);
		expect(await auditCount()).toBe(events);
	});
});

describe('joining a team that reads beyond a caseload', () => {
	it('is announced as reading given, naming the team and its reach', async () => {
		const actor = await createStaff(['admin']);
		const [home, duty, complaints] = [
			await createTeam(),
			await createTeam('Night duty'),
			await createTeam('Complaints Desk')
		];
		expect((await setTeamOutOfHours(actor, duty, true, NOW)).ok).toBe(true);
		await chooseComplaintsTeam(complaints);
		const [jamie, aileen] = [await createStaff(['worker']), await createStaff(['worker'])];
		await addToTeam(home, jamie.id, 'worker');
		const mark = await outboxMark();

		const result = await updateStaffAccount(actor, jamie.id, asWorker(jamie), [
			{ teamId: home, teamRole: 'worker' },
			{ teamId: duty, teamRole: 'worker' }
		]);
		expect(result.ok).toBe(true);
		expect((await readingGivenAbout(jamie.id)).map((e) => [e.notable, e.detail])).toEqual([
			[true, { roles: [], managedTeams: [], reach: [{ teamId: duty, reach: 'out_of_hours' }] }]
		]);
		const mail = await mailSince(mark);
		expect(mail.map((m) => m.to).sort()).toEqual(
			[jamie.email, ...(await otherActiveAdmins(actor.id))].sort()
		);
		expect(mail.find((m) => m.to === jamie.email)!.body).toContain('Night duty');

		expect(
			(
				await updateStaffAccount(actor, aileen.id, asWorker(aileen), [
					{ teamId: complaints, teamRole: 'worker' }
				])
			).ok
		).toBe(true);
		expect((await readingGivenAbout(aileen.id))[0]!.detail).toMatchObject({
			reach: [{ teamId: complaints, reach: 'complaints' }]
		});
		// Saved again as they are, nothing new is told.
		const again = await outboxMark();
		await updateStaffAccount(actor, aileen.id, asWorker(aileen), [
			{ teamId: complaints, teamRole: 'worker' }
		]);
		expect(await mailSince(again)).toEqual([]);
	});

	it('is refused for the complaints team when they have young people allocated', async () => {
		const actor = await createStaff(['admin']);
		const [north, complaints] = [await createTeam(), await createTeam()];
		await chooseComplaintsTeam(complaints);
		const sam = await createStaff(['worker']);
		await addToTeam(north, sam.id, 'worker');
		await allocate(await createYoungPerson({ teamId: north }), sam.id);
		const events = await auditCount();
		expect(
			await updateStaffAccount(actor, sam.id, asWorker(sam), [
				{ teamId: north, teamRole: 'worker' },
				{ teamId: complaints, teamRole: 'worker' }
			])
		).toEqual({ ok: false, field: 'teams', error: 'complaints_team_joined_with_caseload' });
		expect(
			(await db().select().from(teamMembers).where(eq(teamMembers.userId, sam.id))).map(
				(t) => t.teamId
			)
		).toEqual([north]);
		expect(await auditCount()).toBe(events);
	});
});
