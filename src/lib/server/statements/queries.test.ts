import { beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '../auth/session';
import {
	addStatement,
	addToTeam,
	allocate,
	createStaff,
	createTeam,
	createYoungPerson
} from '$tests/fixtures';
import { summariseTeamForManager } from '../team/queries';
import { listCaseloadForWorker } from './queries';

const aMinuteAgo = () => new Date(Date.now() - 60_000);

let north: string;
let south: string;
let worker: SessionUser;
let colleague: SessionUser;
let southWorker: SessionUser;
let manager: SessionUser;
const ids: Record<string, string> = {};

beforeAll(async () => {
	north = await createTeam('North');
	south = await createTeam('South');
	worker = await createStaff(['worker'], { firstName: 'Sam' });
	colleague = await createStaff(['worker'], { firstName: 'Alex' });
	southWorker = await createStaff(['worker'], { firstName: 'Jamie' });
	manager = await createStaff(['manager'], { firstName: 'Fiona' });
	await addToTeam(north, manager.id, 'manager');
	await addToTeam(south, southWorker.id, 'worker');

	// Aisha: Sam's, with an urgent unread worry, a read change request awaiting its outcome and read good news.
	ids.aisha = await createYoungPerson({ teamId: north, preferredName: 'Aisha' });
	await allocate(ids.aisha, worker.id);
	await addStatement(ids.aisha, { kind: 'worried', urgent: true });
	await addStatement(ids.aisha, { kind: 'make_a_change', readBy: worker.id });
	await addStatement(ids.aisha, { kind: 'good_news', readBy: worker.id });

	// Ben: was Sam's, now Alex's, with one unread statement.
	ids.ben = await createYoungPerson({ teamId: north, preferredName: 'Ben' });
	await allocate(ids.ben, worker.id, aMinuteAgo());
	await allocate(ids.ben, colleague.id);
	await addStatement(ids.ben);

	// Callum: Sam's, has said nothing yet.
	ids.callum = await createYoungPerson({ teamId: north, preferredName: 'Callum' });
	await allocate(ids.callum, worker.id);

	// Dana: Sam's once, but her record is archived.
	ids.dana = await createYoungPerson({
		teamId: north,
		preferredName: 'Dana',
		archivedAt: aMinuteAgo()
	});
	await allocate(ids.dana, worker.id);

	// Erin: in the South team, which Fiona does not manage.
	ids.erin = await createYoungPerson({ teamId: south, preferredName: 'Erin' });
	await allocate(ids.erin, southWorker.id);
	await addStatement(ids.erin, { urgent: true });
});

describe('listCaseloadForWorker', () => {
	it('lists only the young people currently allocated to the worker, by name', async () => {
		expect((await listCaseloadForWorker(worker)).map((p) => p.preferredName)).toEqual([
			'Aisha',
			'Callum'
		]);
		expect((await listCaseloadForWorker(colleague)).map((p) => p.preferredName)).toEqual(['Ben']);
	});

	it('counts what is waiting for each young person', async () => {
		const aisha = (await listCaseloadForWorker(worker)).find((p) => p.id === ids.aisha);
		expect(aisha).toMatchObject({ unread: 1, urgentUnread: 1, openChanges: 1 });
	});

	it('shows nothing waiting for a young person with no statements', async () => {
		const callum = (await listCaseloadForWorker(worker)).find((p) => p.id === ids.callum);
		expect(callum).toMatchObject({ unread: 0, urgentUnread: 0, openChanges: 0 });
	});

	it('is empty for a worker with no one allocated', async () => {
		const newcomer = await createStaff(['worker']);
		expect(await listCaseloadForWorker(newcomer)).toEqual([]);
	});
});

describe('summariseTeamForManager', () => {
	it('covers only the workers with young people in the teams the manager manages', async () => {
		const summary = (await summariseTeamForManager(manager)).workers;
		expect(summary.map((row) => row.workerId).sort()).toEqual([colleague.id, worker.id].sort());
		expect(summary.some((row) => row.workerId === southWorker.id)).toBe(false);
	});

	it('counts current young people and what is waiting per worker', async () => {
		const summary = (await summariseTeamForManager(manager)).workers;
		expect(summary.find((row) => row.workerId === worker.id)).toMatchObject({
			youngPeople: 2,
			unread: 1,
			urgentUnread: 1,
			openChanges: 1
		});
		expect(summary.find((row) => row.workerId === colleague.id)).toMatchObject({
			youngPeople: 1,
			unread: 1,
			urgentUnread: 0
		});
	});

	it('is empty for someone who manages no team, even a worker in one', async () => {
		expect((await summariseTeamForManager(southWorker)).workers).toEqual([]);
	});
});
