import { describe, expect, it } from 'vitest';
import {
	addStatement,
	addToTeam,
	allocate,
	createStaff,
	createTeam,
	createYoungPerson
} from '$tests/fixtures';
import { summariseTeamForManager } from '../team/queries';
import { acknowledgeUrgent } from './mutations';
import { listUrgentNotInHandForWorker } from './queries';

describe('an urgent statement nobody is dealing with yet', () => {
	it('stays at the top of the inbox and on the manager’s page once read, until someone says they are', async () => {
		const team = await createTeam();
		const worker = await createStaff(['worker']);
		const manager = await createStaff(['manager']);
		await addToTeam(team, worker.id, 'worker');
		await addToTeam(team, manager.id, 'manager');
		const child = await createYoungPerson({ teamId: team, preferredName: 'Isla' });
		await allocate(child, worker.id);
		const unread = await addStatement(child, { kind: 'worried', urgent: true });
		const read = await addStatement(child, { kind: 'worried', urgent: true, readBy: worker.id });
		await addStatement(child, { kind: 'good_news', readBy: worker.id });

		// Sent within the same moment here: compared as sets.
		const ids = async () => new Set((await listUrgentNotInHandForWorker(worker)).map((s) => s.id));
		const managers = async () =>
			new Set((await summariseTeamForManager(manager)).urgentNotDealtWith.map((s) => s.id));
		expect(await ids()).toEqual(new Set([unread, read]));
		expect(await managers()).toEqual(new Set([unread, read]));

		expect(await acknowledgeUrgent(worker, read)).toBe('ok');
		expect(await ids()).toEqual(new Set([unread]));
		expect(await managers()).toEqual(new Set([unread]));

		const otherWorker = await createStaff(['worker']);
		expect(await listUrgentNotInHandForWorker(otherWorker)).toEqual([]);
	});
});
