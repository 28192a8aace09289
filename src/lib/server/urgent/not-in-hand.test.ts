import { describe, expect, it } from 'vitest';
import { addStatement, createStaff } from '$tests/fixtures';
import { mayaWithTwoWaiting } from '$tests/fixtures/waiting';
import { summariseTeamForManager } from '../team/queries';
import { acknowledgeUrgent } from './mutations';
import { listUrgentNotInHandForWorker } from './queries';

describe('an urgent statement nobody is dealing with yet', () => {
	it('stays at the top of the inbox and on the manager’s page once read, until someone says they are', async () => {
		// Maya has an urgent worry nobody has read; a second is read but nobody is dealing with it.
		const { worker, manager, maya } = await mayaWithTwoWaiting();
		const read = await addStatement(maya, { kind: 'worried', urgent: true, readBy: worker.id });
		await addStatement(maya, { kind: 'good_news', readBy: worker.id });

		// Sent within the same moment here: compared as sets.
		const ids = async () => new Set((await listUrgentNotInHandForWorker(worker)).map((s) => s.id));
		const managers = async () =>
			new Set((await summariseTeamForManager(manager)).urgentNotDealtWith.map((s) => s.id));
		const [unread] = [...(await ids())].filter((id) => id !== read);
		expect(await ids()).toEqual(new Set([unread, read]));
		expect(await managers()).toEqual(new Set([unread, read]));

		expect(await acknowledgeUrgent(worker, read)).toBe('ok');
		expect(await ids()).toEqual(new Set([unread]));
		expect(await managers()).toEqual(new Set([unread]));

		const otherWorker = await createStaff(['worker']);
		expect(await listUrgentNotInHandForWorker(otherWorker)).toEqual([]);
	});
});
