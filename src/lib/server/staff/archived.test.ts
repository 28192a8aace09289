import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '../auth/session';
import { findStatementForStaff, findYoungPersonFile } from '../casefile/queries';
import { archiveYoungPerson } from '../records/mutations';
import { db, transaction } from '../db';
import { theRow } from '../db/rows';
import { meetings, notifications, statements } from '../db/schema';
import {
	countInboxForWorker,
	listAllocatedYoungPeople,
	listInboxForWorker
} from '../inbox/queries';
import { findMeetingForStaff } from '../meetings/queries';
import { runEscalation } from '../notifications/escalation';
import { setSetting } from '../settings';
import { listArchivedCaseloadForWorker, listCaseloadForWorker } from '../statements/queries';
import { listTeamYoungPeople, summariseTeamForManager } from '../team/queries';
import {
	addStatement,
	addToTeam,
	allocate,
	createStaff,
	createTeam,
	createYoungPerson
} from '$tests/fixtures';

const HOUR = 3_600_000;
// Wednesday 15 January 2025, midday: both urgent statements were sent three days ago, nobody has read them.
const now = new Date('2025-01-15T12:00:00Z');
const sent = new Date(now.getTime() - 72 * HOUR);

let worker: SessionUser;
let manager: SessionUser;
const ids = {} as Record<'closed' | 'open' | 'closedUrgent' | 'openUrgent' | 'meeting', string>;

beforeAll(async () => {
	const team = await createTeam('North');
	worker = await createStaff(['worker'], { firstName: 'Sam' });
	manager = await createStaff(['manager', 'worker'], { firstName: 'Fiona' });
	const admin = await createStaff(['admin'], { firstName: 'Morven' });
	await addToTeam(team, worker.id, 'worker');
	await addToTeam(team, manager.id, 'manager');
	ids.closed = await createYoungPerson({ teamId: team, preferredName: 'Pip' });
	ids.open = await createYoungPerson({ teamId: team, preferredName: 'Quinn' });
	await allocate(ids.closed, worker.id);
	await allocate(ids.open, worker.id);
	ids.closedUrgent = await addStatement(ids.closed, { kind: 'worried', urgent: true });
	ids.openUrgent = await addStatement(ids.open, { kind: 'worried', urgent: true });
	// As the app sends them: the urgent chain's first step due two hours after sending.
	await transaction(async (tx) => {
		await tx
			.update(statements)
			.set({ sentAt: sent, nextEscalationAt: new Date(sent.getTime() + 2 * HOUR) });
	});
	ids.meeting = await transaction(
		async (tx) =>
			theRow(
				await tx
					.insert(meetings)
					.values({
						youngPersonId: ids.closed,
						type: 'looked_after_review',
						scheduledAt: now,
						createdBy: worker.id
					})
					.returning()
			).id
	);
	await transaction(async (tx) => await setSetting(tx, 'escalationHours', 2));
	expect((await archiveYoungPerson(admin, ids.closed, 'Moved to another council', now)).ok).toBe(
		true
	);
});

describe("an archived young person's statements (the policy in staff/scope.ts)", () => {
	it('leave the inbox, its filters and its counts', async () => {
		const inbox = (await listInboxForWorker(worker, {}, now)).map((r) => r.id);
		expect(inbox).toEqual([ids.openUrgent]);
		expect((await listInboxForWorker(worker, { status: 'all' }, now)).map((r) => r.id)).toEqual([
			ids.openUrgent
		]);
		expect((await listInboxForWorker(worker, { overdueOnly: true }, now)).map((r) => r.id)).toEqual(
			[ids.openUrgent]
		);
		expect(await countInboxForWorker(worker, { status: 'unread' }, now)).toBe(1);
		expect(listAllocatedYoungPeople(worker).map((p) => p.id)).toEqual([ids.open]);
	});

	it('leave the caseload, which lists the record under closed records instead', () => {
		expect(listCaseloadForWorker(worker).map((p) => p.id)).toEqual([ids.open]);
		expect(listArchivedCaseloadForWorker(worker).map((p) => p.id)).toEqual([ids.closed]);
	});

	it("leave the manager's team view, its overdue counts and its urgent list", async () => {
		const team = await summariseTeamForManager(manager, now);
		expect(team.urgentUnread.map((s) => s.id)).toEqual([ids.openUrgent]);
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

/** Runs `work`, then the query plan of every statement it compiled whose SQL contains `marker`. */
async function plansOf(work: () => Promise<unknown>, marker: string): Promise<string[]> {
	const client = db().$client;
	const compile = client.prepare;
	const compiled: string[] = [];
	client.prepare = ((source: string) => (
		compiled.push(source),
		compile.call(client, source)
	)) as typeof compile;
	try {
		await work();
	} finally {
		client.prepare = compile;
	}
	return compiled
		.filter((source) => source.includes(marker))
		.map((source) => {
			const params = Array.from(source.matchAll(/\?/g), () => null);
			const plan = client.prepare(`EXPLAIN QUERY PLAN ${source}`).all(...params) as {
				detail: string;
			}[];
			return plan.map((step) => step.detail).join('\n');
		});
}

// The scope's conditions must not cost these reads their partial indexes: they run all day.
describe('reads through the staff scope keep their indexes', () => {
	it('the inbox reads the waiting index alone', async () => {
		const plans = await plansOf(async () => {
			for (const status of ['awaiting_reply', 'open_change'] as const) {
				await listInboxForWorker(worker, { status, kind: 'make_a_change' }, now);
				await countInboxForWorker(worker, { status, kind: 'make_a_change' }, now);
			}
		}, 'closed_at" is null and (');
		expect(plans).toHaveLength(4);
		for (const plan of plans) expect(plan).toContain('COVERING INDEX statements_waiting_idx');
	});

	it('escalation reads the index of statements with a step of their urgent chain to come', async () => {
		const plans = await plansOf(
			() => runEscalation(new Date(now.getTime() + 96 * HOUR)),
			'next_escalation_at" is not null'
		);
		expect(plans).toHaveLength(1);
		expect(plans[0]).toContain('statements_next_escalation_idx');
	});
});
