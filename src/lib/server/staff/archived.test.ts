import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '../auth/session';
import { findStatementForStaff, findYoungPersonFile } from '../casefile/queries';
import { db, transaction } from '../db';
import { notifications, statements } from '../db/schema';
import { countInboxForWorker, listInboxForWorker } from '../inbox/queries';
import { findMeetingForStaff } from '../meetings/queries';
import { runEscalation } from '../notifications/escalation';
import { listNotificationsForStaff } from '../notifications/queries';
import { listArchivedCaseloadForWorker, listCaseloadForWorker } from '../statements/queries';
import { listTeamYoungPeople, summariseTeamForManager } from '../team/queries';
import { anArchivedAndAnOpenRecord, HOUR, now } from '$tests/fixtures/archived';

let worker: SessionUser;
let manager: SessionUser;
let ids: Awaited<ReturnType<typeof anArchivedAndAnOpenRecord>>['ids'];

beforeAll(async () => {
	({ worker, manager, ids } = await anArchivedAndAnOpenRecord());
});

describe("an archived young person's statements (the policy in staff/scope.ts)", () => {
	it('leave the inbox and its counts', async () => {
		const inbox = (await listInboxForWorker(worker, {}, now)).map((r) => r.id);
		expect(inbox).toEqual([ids.openUrgent]);
		expect((await listInboxForWorker(worker, { status: 'all' }, now)).map((r) => r.id)).toEqual([
			ids.openUrgent
		]);
		expect((await listInboxForWorker(worker, { overdueOnly: true }, now)).map((r) => r.id)).toEqual(
			[ids.openUrgent]
		);
		expect(await countInboxForWorker(worker, { status: 'unread' }, now)).toBe(1);
	});

	it("leave the caseload (and so the inbox's filter by young person), which lists the record under closed records instead", async () => {
		expect((await listCaseloadForWorker(worker)).map((p) => p.id)).toEqual([ids.open]);
		expect((await listArchivedCaseloadForWorker(worker)).map((p) => p.id)).toEqual([ids.closed]);
	});

	it("leave the manager's team view, its overdue counts and its urgent list", async () => {
		const team = await summariseTeamForManager(manager, now);
		expect(team.urgentNotDealtWith.map((s) => s.id)).toEqual([ids.openUrgent]);
		expect(team.workers.find((w) => w.workerId === worker.id)).toMatchObject({
			youngPeople: 1,
			unread: 1,
			overdue: 1,
			urgentUnread: 1
		});
		expect((await listTeamYoungPeople(manager)).map((p) => p.id)).toEqual([ids.open]);
	});

	it('are never escalated, while an open record is, once', async () => {
		expect(await runEscalation(new Date(now.getTime() + HOUR))).toEqual([ids.openUrgent]);
		expect(await runEscalation(new Date(now.getTime() + 48 * HOUR))).toEqual([]);
		const closed = (
			await db().select().from(statements).where(eq(statements.id, ids.closedUrgent)).limit(1)
		)[0];
		expect(closed?.escalatedAt).toBeNull();
		const told = await db()
			.select()
			.from(notifications)
			.where(eq(notifications.kind, 'escalation'));
		expect(told.map((n) => n.statementId)).toEqual([ids.openUrgent]);
	});

	it('are named and linked in no notification, which says instead that the record is closed', async () => {
		await transaction(async (tx) => {
			for (const [youngPersonId, statementId] of [
				[ids.closed, ids.closedUrgent],
				[ids.open, ids.openUrgent]
			])
				await tx
					.insert(notifications)
					.values({ userId: worker.id, kind: 'urgent_statement', youngPersonId, statementId });
		});
		const told = await listNotificationsForStaff(worker);
		expect(told.find((n) => n.statementId === ids.closedUrgent)).toMatchObject({
			youngPersonId: null,
			preferredName: null,
			closedRecord: true
		});
		expect(told.find((n) => n.statementId === ids.openUrgent)).toMatchObject({
			youngPersonId: ids.open,
			preferredName: 'Quinn',
			closedRecord: false
		});
	});

	it('stay readable to the allocated worker and the manager: file, statement and meeting pack', async () => {
		for (const actor of [worker, manager]) {
			expect((await findYoungPersonFile(actor, ids.closed))?.timeline.map((s) => s.id)).toEqual([
				ids.closedUrgent
			]);
			expect((await findStatementForStaff(actor, ids.closedUrgent))?.statement.id).toBe(
				ids.closedUrgent
			);
			expect((await findMeetingForStaff(actor, ids.meeting))?.person.id).toBe(ids.closed);
		}
	});
});
