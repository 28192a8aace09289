import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '../auth/session';
import { findStatementForStaff, findYoungPersonFile } from '../casefile/queries';
import { db, transaction } from '../db';
import { theRow } from '../db/rows';
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
	const north = await createTeam('North');
	const south = await createTeam('South');
	sam = await createStaff(['worker']);
	jamie = await createStaff(['worker'], { firstName: 'Jamie' });
	fiona = await createStaff(['manager'], { firstName: 'Fiona' });
	otherManager = await createStaff(['manager'], { firstName: 'Gus' });
	await addToTeam(north, sam.id, 'worker');
	await addToTeam(north, jamie.id, 'worker');
	await addToTeam(north, fiona.id, 'manager');
	await addToTeam(south, otherManager.id, 'manager');
	leahUser = await transaction(
		async (tx) =>
			theRow(
				await tx
					.insert(users)
					.values({ username: 'leah-t', displayName: 'Leah', firstName: 'Leah' })
					.returning()
			).id
	);
	await transaction(async (tx) => {
		await tx.insert(userRoles).values({ userId: leahUser, role: 'young_person' });
	});
	leah = await createYoungPerson({ teamId: north, preferredName: 'Leah', userId: leahUser });
	await allocate(leah, sam.id);
	change = await addStatement(leah, { kind: 'make_a_change', readBy: sam.id });
	await transaction(
		async (tx) =>
			await notifyStatementSent(tx, { id: change, youngPersonId: leah, urgent: false }, new Date())
	);
	await addStatement(leah, { kind: 'worried', urgent: true });
	elsewhere = await createYoungPerson({ teamId: south, preferredName: 'Ola' });
});

describe('the manager', () => {
	it('sees only their own teams', async () => {
		const mine = await summariseTeamForManager(fiona);
		expect(mine.workers.map((w) => w.workerId)).toEqual([sam.id]);
		expect((await listNotificationsForStaff(sam))[0]).toMatchObject({ preferredName: 'Leah' });
		expect(mine.workers[0]).toMatchObject({
			youngPeople: 1,
			unread: 1,
			urgentUnread: 1,
			openChanges: 1
		});
		expect(mine.urgentNotDealtWith.map((s) => s.preferredName)).toEqual(['Leah']);
		expect((await summariseTeamForManager(otherManager)).urgentNotDealtWith).toEqual([]);
		expect(await findYoungPersonFile(otherManager, leah)).toBeNull();
		expect(await findYoungPersonFile(fiona, elsewhere)).toBeNull();
	});

	it('cannot reassign someone outside their teams, or to someone who is not their worker', async () => {
		expect(await reassignYoungPerson(otherManager, leah, jamie.id)).toBe('not_found');
		expect(await reassignYoungPerson(fiona, leah, otherManager.id)).toBe('not_allocatable');
		expect(await reassignYoungPerson(fiona, leah, sam.id)).toBe('same_worker');
	});
});

describe('reassigning a young person', () => {
	it('moves everything to the new worker and nothing stays with the old one', async () => {
		expect(await reassignYoungPerson(fiona, leah, jamie.id)).toBe('ok');
		const history = await db()
			.select()
			.from(allocations)
			.where(eq(allocations.youngPersonId, leah));
		expect(history).toHaveLength(2);
		expect(history.find((a) => a.workerId === sam.id)?.endedAt).not.toBeNull();
		expect(history.find((a) => a.workerId === jamie.id)).toMatchObject({
			endedAt: null,
			announced: false
		});

		expect((await listInboxForWorker(jamie)).map((r) => r.id)).toContain(change);
		expect(await findStatementForStaff(jamie, change)).not.toBeNull();
		expect((await findYoungPersonFile(jamie, leah))?.timeline).toHaveLength(2);
		expect(await listInboxForWorker(sam, { status: 'all' })).toEqual([]);
		expect(await findStatementForStaff(sam, change)).toBeNull();
		expect(await findYoungPersonFile(sam, leah)).toBeNull();

		// A statement sent after the change goes to the new worker only.
		const later = await addStatement(leah);
		expect(await findStatementForStaff(sam, later)).toBeNull();
		expect(await findStatementForStaff(jamie, later)).not.toBeNull();

		const toldLeah = await db()
			.select()
			.from(notifications)
			.where(and(eq(notifications.userId, leahUser), eq(notifications.kind, 'new_worker')));
		const toldJamie = await db()
			.select()
			.from(notifications)
			.where(and(eq(notifications.userId, jamie.id), eq(notifications.kind, 'new_worker')));
		expect(toldLeah).toHaveLength(1);
		// Sam's old notification stays in his list but no longer names Leah or links to her.
		const samsList = await listNotificationsForStaff(sam);
		expect(samsList).toHaveLength(1);
		expect(samsList[0]).toMatchObject({
			youngPersonId: null,
			preferredName: null,
			closedRecord: false
		});
		expect((await listNotificationsForStaff(jamie))[0]).toMatchObject({
			youngPersonId: leah,
			preferredName: 'Leah'
		});
		expect(toldJamie).toHaveLength(1);
	});
});
