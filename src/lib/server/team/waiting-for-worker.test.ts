import { beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '../auth/session';
import { addToTeam, createStaff, createTeam } from '$tests/fixtures';
import { mayaWithTwoWaiting } from '$tests/fixtures/waiting';
import { listWaitingForWorkerInManagedTeams } from './queries';

let worker: SessionUser;
let manager: SessionUser;

beforeAll(async () => {
	({ worker, manager } = await mayaWithTwoWaiting());
});

describe("what is waiting for one of a manager's workers", () => {
	it('lists what the counts are made of, the urgent one first', async () => {
		const waiting = await listWaitingForWorkerInManagedTeams(manager, worker.id);
		expect(waiting?.workerName).toBe(worker.displayName);
		expect(waiting?.rows.map((r) => [r.kind, r.urgent, r.unread])).toEqual([
			['worried', true, true],
			['make_a_change', false, false]
		]);
	});

	it("is nothing for a worker outside the manager's teams, or for another team's manager", async () => {
		const elsewhere = await createStaff(['worker']);
		await addToTeam(await createTeam('South'), elsewhere.id, 'worker');
		expect(await listWaitingForWorkerInManagedTeams(manager, elsewhere.id)).toBeNull();
		const otherManager = await createStaff(['manager']);
		await addToTeam(await createTeam('East'), otherManager.id, 'manager');
		expect(await listWaitingForWorkerInManagedTeams(otherManager, worker.id)).toBeNull();
	});
});
