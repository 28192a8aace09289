import { describe, expect, it } from 'vitest';
import { transaction } from '../db';
import { setSetting } from '../settings';
import { addToTeam, allocate, createStaff, createTeam, createYoungPerson } from '$tests/fixtures';
import { recordWith } from '$tests/fixtures/record-form';
import { createYoungPersonRecord } from '../records/mutations';
import { reassignYoungPerson as reassignAsAdmin } from '../records/reassign';
import { reassignYoungPerson as reassignAsManager } from '../team/mutations';
import { listAllocatableWorkers } from '../team/queries';
import { listActiveWorkers } from './queries';

/*
 * Nobody in the complaints team works with young people (a complaint may be about their worker,
 * ADR 10 and 28): choosing such a team is refused, and so is giving one of its members a young
 * person afterwards, by a manager or by an administrator, however the form is posted.
 */
const chooseComplaintsTeam = async (teamId: string) =>
	await transaction(async (tx) => await setSetting(tx, 'complaintsTeamId', teamId));

/** A team whose manager also manages the complaints team, with a worker in each. */
async function twoTeams() {
	const north = await createTeam();
	const complaints = await createTeam();
	const manager = await createStaff(['manager', 'worker']);
	const worker = await createStaff(['worker'], { firstName: 'Sam' });
	const officer = await createStaff(['worker'], { firstName: 'Aileen' });
	for (const team of [north, complaints]) await addToTeam(team, manager.id, 'manager');
	await addToTeam(north, worker.id, 'worker');
	await addToTeam(complaints, officer.id, 'worker');
	await chooseComplaintsTeam(complaints);
	const child = await createYoungPerson({ teamId: north, preferredName: 'Robin' });
	await allocate(child, worker.id);
	return { north, manager, worker, officer, child };
}

describe('a member of the complaints team is given no young people', () => {
	it("is not offered to a manager, and the manager's change is refused if posted anyway", async () => {
		const { manager, worker, officer, child } = await twoTeams();
		const offered = (await listAllocatableWorkers(manager)).map((w) => w.id);
		expect(offered).toContain(worker.id);
		expect(offered).not.toContain(officer.id);
		expect(await reassignAsManager(manager, child, officer.id)).toBe('not_allocatable');
	});

	it("refuses an administrator's change of worker, and a new record with them as its worker", async () => {
		const { north, officer, child } = await twoTeams();
		const admin = await createStaff(['admin']);
		expect((await listActiveWorkers()).map((w) => w.id)).not.toContain(officer.id);
		expect(await reassignAsAdmin(admin, child, officer.id)).toEqual({
			ok: false,
			field: 'workerId',
			error: 'worker_in_complaints_team'
		});
		expect(await createYoungPersonRecord(admin, recordWith('CT-1', north), officer.id)).toEqual({
			ok: false,
			field: 'workerId',
			error: 'worker_in_complaints_team'
		});
	});

	it('still lets anyone outside the complaints team be given the young person', async () => {
		const { north, manager, child } = await twoTeams();
		const other = await createStaff(['worker'], { firstName: 'Jamie' });
		await addToTeam(north, other.id, 'worker');
		expect(await reassignAsManager(manager, child, other.id)).toBe('ok');
		const admin = await createStaff(['admin']);
		expect((await listActiveWorkers()).map((w) => w.id)).toContain(other.id);
		const made = await createYoungPersonRecord(admin, recordWith('CT-2', north), other.id);
		expect(made.ok).toBe(true);
	});
});
