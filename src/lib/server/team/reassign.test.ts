import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '../auth/session';
import { findStatementForStaff, findYoungPersonFile } from '../casefile/queries';
import { db } from '../db';
import { allocations, notifications, userRoles, users } from '../db/schema';
import { listInboxForWorker } from '../inbox/queries';
import {
	addStatement,
	addToTeam,
	allocate,
	createStaff,
	createTeam,
	createYoungPerson
} from '$tests/fixtures';
import { reassignYoungPerson } from './mutations';
import { summariseTeamForManager } from './queries';
import { notifyStatementSent } from '../notifications/notify';
import { listNotificationsForStaff } from '../notifications/queries';

let sam: SessionUser;
let jamie: SessionUser;
let fiona: SessionUser;
let otherManager: SessionUser;
let leahUser: string;
let leah: string;
let change: string;
let elsewhere: string;

beforeAll(async () => {
	const north = createTeam('North');
	const south = createTeam('South');
	sam = await createStaff(['worker']);
	jamie = await createStaff(['worker'], { firstName: 'Jamie' });
	fiona = await createStaff(['manager'], { firstName: 'Fiona' });
	otherManager = await createStaff(['manager'], { firstName: 'Gus' });
	addToTeam(north, sam.id, 'worker');
	addToTeam(north, jamie.id, 'worker');
	addToTeam(north, fiona.id, 'manager');
	addToTeam(south, otherManager.id, 'manager');
	leahUser = db()
		.insert(users)
		.values({ username: 'leah-t', displayName: 'Leah', firstName: 'Leah' })
		.returning()
		.get().id;
	db().insert(userRoles).values({ userId: leahUser, role: 'young_person' }).run();
	leah = createYoungPerson({ teamId: north, preferredName: 'Leah', userId: leahUser });
	allocate(leah, sam.id);
	change = addStatement(leah, { kind: 'make_a_change', readBy: sam.id });
	db().transaction((tx) =>
		notifyStatementSent(tx, { id: change, youngPersonId: leah, urgent: false }, new Date())
	);
	addStatement(leah, { kind: 'worried', urgent: true });
	elsewhere = createYoungPerson({ teamId: south, preferredName: 'Ola' });
});

describe('the manager', () => {
	it('sees only their own teams', () => {
		const mine = summariseTeamForManager(fiona);
		expect(mine.workers.map((w) => w.workerId)).toEqual([sam.id]);
		expect(listNotificationsForStaff(sam)[0]).toMatchObject({ preferredName: 'Leah' });
		expect(mine.workers[0]).toMatchObject({
			youngPeople: 1,
			unread: 1,
			urgentUnread: 1,
			openChanges: 1
		});
		expect(mine.urgentUnread.map((s) => s.preferredName)).toEqual(['Leah']);
		expect(summariseTeamForManager(otherManager).urgentUnread).toEqual([]);
		expect(findYoungPersonFile(otherManager, leah)).toBeNull();
		expect(findYoungPersonFile(fiona, elsewhere)).toBeNull();
	});

	it('cannot reassign someone outside their teams, or to someone who is not their worker', () => {
		expect(reassignYoungPerson(otherManager, leah, jamie.id)).toBe('not_found');
		expect(reassignYoungPerson(fiona, leah, otherManager.id)).toBe('not_allocatable');
		expect(reassignYoungPerson(fiona, leah, sam.id)).toBe('same_worker');
	});
});

describe('reassigning a young person', () => {
	it('moves everything to the new worker and nothing stays with the old one', () => {
		expect(reassignYoungPerson(fiona, leah, jamie.id)).toBe('ok');
		const history = db()
			.select()
			.from(allocations)
			.where(eq(allocations.youngPersonId, leah))
			.all();
		expect(history).toHaveLength(2);
		expect(history.find((a) => a.workerId === sam.id)?.endedAt).not.toBeNull();
		expect(history.find((a) => a.workerId === jamie.id)).toMatchObject({
			endedAt: null,
			announced: false
		});

		expect(listInboxForWorker(jamie).map((r) => r.id)).toContain(change);
		expect(findStatementForStaff(jamie, change)).not.toBeNull();
		expect(findYoungPersonFile(jamie, leah)?.timeline).toHaveLength(2);
		expect(listInboxForWorker(sam, { status: 'all' })).toEqual([]);
		expect(findStatementForStaff(sam, change)).toBeNull();
		expect(findYoungPersonFile(sam, leah)).toBeNull();

		// A statement sent after the change goes to the new worker only.
		const later = addStatement(leah);
		expect(findStatementForStaff(sam, later)).toBeNull();
		expect(findStatementForStaff(jamie, later)).not.toBeNull();

		const toldLeah = db()
			.select()
			.from(notifications)
			.where(and(eq(notifications.userId, leahUser), eq(notifications.kind, 'new_worker')))
			.all();
		const toldJamie = db()
			.select()
			.from(notifications)
			.where(and(eq(notifications.userId, jamie.id), eq(notifications.kind, 'new_worker')))
			.all();
		expect(toldLeah).toHaveLength(1);
		// Sam's old notification stays in his list but no longer names Leah or links to her.
		const samsList = listNotificationsForStaff(sam);
		expect(samsList).toHaveLength(1);
		expect(samsList[0]).toMatchObject({ youngPersonId: null, preferredName: null });
		expect(listNotificationsForStaff(jamie)[0]).toMatchObject({
			youngPersonId: leah,
			preferredName: 'Leah'
		});
		expect(toldJamie).toHaveLength(1);
	});
});
