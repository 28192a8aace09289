import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { isNotable } from '../audit/action-labels';
import { readsComplaints } from '../complaints/queries';
import { transaction } from '../db';
import { teams } from '../db/schema';
import { addToTeam, allocate, createStaff, createTeam, createYoungPerson } from '$tests/fixtures';
import {
	auditCount,
	mailSince,
	otherActiveAdmins,
	outboxMark,
	readingGivenAbout
} from '$tests/fixtures/reach';
import { getSetting } from '../settings';
import { currentSettings } from '../settings/form';
import { currentWorkingTime } from '../working-time/mutations';
import { saveSettings, saveWorkingTime } from './reach-settings';

const NOW = new Date('2026-03-04T10:00:00Z');

/** The settings as they are, with another complaints team chosen. */
const choosing = async (complaintsTeamId: string) => ({
	...(await currentSettings()),
	complaintsTeamId
});

describe('choosing the complaints team gives its members a way to read', () => {
	it('is its own marked audit event, and emails each reader and every other active administrator', async () => {
		const actor = await createStaff(['admin'], { firstName: 'Morven' });
		const other = await createStaff(['admin']);
		const asleep = await createStaff(['admin'], { active: false });
		const team = await createTeam('Complaints Desk');
		const [reader, lead, gone] = [
			await createStaff(['worker'], { firstName: 'Aileen' }),
			await createStaff(['participation_lead']),
			await createStaff(['worker'], { active: false })
		];
		for (const member of [reader, lead, gone]) await addToTeam(team, member.id, 'worker');
		const mark = await outboxMark();

		expect(await saveSettings(actor, await choosing(team), NOW)).toEqual({ ok: true });

		expect(await getSetting('complaintsTeamId')).toBe(team);
		expect(await readsComplaints(reader.id)).toBe(true);
		const [event] = await readingGivenAbout(team);
		expect(event).toMatchObject({
			actorId: actor.id,
			subjectType: 'team',
			notable: true,
			detail: { reach: 'complaints', team: 'Complaints Desk' }
		});
		expect((event!.detail as { readers: string[] }).readers.sort()).toEqual(
			[reader.id, lead.id].sort()
		);
		expect(isNotable(event!.action)).toBe(true);

		const mail = await mailSince(mark);
		expect(mail.map((m) => m.to).sort()).toEqual(
			[reader.email, lead.email, ...(await otherActiveAdmins(actor.id))].sort()
		);
		expect(mail.map((m) => m.to)).toContain(other.email);
		expect(mail.map((m) => m.to)).not.toContain(asleep.email);
		expect(mail.map((m) => m.to)).not.toContain(gone.email);
		const toReader = mail.find((m) => m.to === reader.email)!;
		expect(toReader.subject).toBe('Heard: your account can now read more of what young people say');
		expect(toReader.body).toContain('complaint');
		expect(toReader.body).toContain('Complaints Desk');
		const toAdmin = mail.find((m) => m.to === other.email)!;
		expect(toAdmin.body).toContain('Morven Example');
		expect(toAdmin.body).toContain('Aileen Example');
		expect(toAdmin.body).toContain('/admin/teams');
	});

	it('says nothing more when the same team is saved again with other settings', async () => {
		const actor = await createStaff(['admin']);
		const team = await createTeam();
		await addToTeam(team, (await createStaff(['worker'])).id, 'worker');
		expect((await saveSettings(actor, await choosing(team), NOW)).ok).toBe(true);
		const mark = await outboxMark();
		const settings = { ...(await choosing(team)), escalationHours: 3 };
		expect((await saveSettings(actor, settings, NOW)).ok).toBe(true);
		expect(await readingGivenAbout(team)).toHaveLength(1);
		expect(await mailSince(mark)).toEqual([]);
		// Choosing none gives nobody anything.
		expect((await saveSettings(actor, await choosing(''), NOW)).ok).toBe(true);
		expect(await mailSince(mark)).toEqual([]);
	});
});

describe('a complaints team is refused', () => {
	it('when anyone in it has young people allocated now: a complaint may be about them', async () => {
		const actor = await createStaff(['admin']);
		const kept = await createTeam();
		expect((await saveSettings(actor, await choosing(kept), NOW)).ok).toBe(true);
		const north = await createTeam('North');
		const sam = await createStaff(['worker']);
		await addToTeam(north, sam.id, 'worker');
		await allocate(await createYoungPerson({ teamId: north, preferredName: 'Robin' }), sam.id);
		const [mark, events] = [await outboxMark(), await auditCount()];

		expect(await saveSettings(actor, await choosing(north), NOW)).toEqual({
			ok: false,
			field: 'complaintsTeamId',
			error: 'complaints_team_has_caseload'
		});
		expect(await getSetting('complaintsTeamId')).toBe(kept);
		expect(await readsComplaints(sam.id)).toBe(false);
		expect(await mailSince(mark)).toEqual([]);
		expect(await auditCount()).toBe(events);
		// Nothing else in the form was saved either.
		const withOther = { ...(await choosing(north)), escalationHours: 7 };
		expect((await saveSettings(actor, withOther, NOW)).ok).toBe(false);
		expect(await getSetting('escalationHours')).not.toBe(7);
	});

	it('not for an ended allocation, nor an archived record', async () => {
		const actor = await createStaff(['admin']);
		const team = await createTeam();
		const [past, closed] = [await createStaff(['worker']), await createStaff(['worker'])];
		await addToTeam(team, past.id, 'worker');
		await addToTeam(team, closed.id, 'worker');
		const other = await createTeam();
		await allocate(await createYoungPerson({ teamId: other }), past.id, new Date(NOW));
		const archived = await createYoungPerson({ teamId: other, archivedAt: NOW });
		await allocate(archived, closed.id);
		expect(await saveSettings(actor, await choosing(team), NOW)).toEqual({ ok: true });
	});

	it('when it is the out-of-hours team', async () => {
		const actor = await createStaff(['admin']);
		const duty = await createTeam();
		await transaction(async (tx) => {
			await tx.update(teams).set({ outOfHours: true }).where(eq(teams.id, duty));
		});
		expect(await saveSettings(actor, await choosing(duty), NOW)).toMatchObject({
			ok: false,
			error: 'complaints_team_is_out_of_hours'
		});
		expect(await getSetting('complaintsTeamId')).not.toBe(duty);
	});
});

describe('naming the senior manager gives them a way to read urgent statements of every team', () => {
	it('is its own marked audit event, and emails them and every other active administrator', async () => {
		const actor = await createStaff(['admin'], { firstName: 'Morven' });
		const other = await createStaff(['admin']);
		const senior = await createStaff(['manager'], { firstName: 'Sandra' });
		const mark = await outboxMark();

		await saveWorkingTime(
			actor,
			{ ...(await currentWorkingTime()), seniorManagerId: senior.id },
			NOW
		);

		expect(await getSetting('seniorManagerId')).toBe(senior.id);
		expect((await readingGivenAbout(senior.id)).map((e) => [e.notable, e.detail])).toEqual([
			[true, { reach: 'senior_manager' }]
		]);
		const mail = await mailSince(mark);
		expect(mail.map((m) => m.to).sort()).toEqual(
			[senior.email, ...(await otherActiveAdmins(actor.id))].sort()
		);
		expect(mail.map((m) => m.to)).toContain(other.email);
		expect(mail.find((m) => m.to === senior.email)!.body).toContain('senior manager');
		expect(mail.find((m) => m.to === other.email)!.body).toContain('Sandra Example');
	});

	it('says nothing when the same one is saved again with other hours, or nobody is named', async () => {
		const actor = await createStaff(['admin']);
		const senior = await createStaff(['manager']);
		const named = { ...(await currentWorkingTime()), seniorManagerId: senior.id };
		await saveWorkingTime(actor, named, NOW);
		const mark = await outboxMark();
		await saveWorkingTime(actor, { ...named, seniorEscalationHours: 3 }, NOW);
		await saveWorkingTime(actor, { ...named, seniorManagerId: '' }, NOW);
		expect(await mailSince(mark)).toEqual([]);
		expect(await readingGivenAbout(senior.id)).toHaveLength(1);
	});
});
