import { and, count, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '../auth/session';
import { db } from '../db';
import { statements } from '../db/schema';
import {
	addStatement,
	addToTeam,
	allocate,
	createStaff,
	createTeam,
	createYoungPerson
} from '$tests/fixtures';
import { workingCalendar } from '../working-time/calendar';
import { listCaseloadForWorker } from './queries';
import { listWaitingInManagedTeams, stillWaiting, whatIsWaiting } from './waiting';

let worker: SessionUser;
let manager: SessionUser;
let maya: string;

beforeAll(async () => {
	const team = await createTeam('North');
	worker = await createStaff(['worker'], { firstName: 'Sam' });
	manager = await createStaff(['manager'], { firstName: 'Fiona' });
	await addToTeam(team, worker.id, 'worker');
	await addToTeam(team, manager.id, 'manager');
	maya = await createYoungPerson({ teamId: team, preferredName: 'Maya' });
	await allocate(maya, worker.id);
	await addStatement(maya, { kind: 'worried', urgent: true });
	await addStatement(maya, { kind: 'make_a_change', readBy: worker.id });
});

/** Runs `work`, then the query plan of every statement it compiled that states "still waiting". */
async function plansOf(work: () => unknown): Promise<string[]> {
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
		.filter((source) => source.includes('closed_at" is null and ('))
		.map((source) => {
			const params = Array.from(source.matchAll(/\?/g), () => null);
			return (client.prepare(`EXPLAIN QUERY PLAN ${source}`).all(...params) as { detail: string }[])
				.map((step) => step.detail)
				.join('\n');
		});
}

// SQLite uses a partial index only when a query states its condition; if the two drift apart,
// every inbox, caseload and team view reads whole histories again.
describe('the waiting index', () => {
	it('answers "still waiting" for a young person without reading the table', () => {
		const query = db()
			.select({ n: count() })
			.from(statements)
			.where(and(eq(statements.youngPersonId, maya), stillWaiting))
			.toSQL();
		const plan = db()
			.$client.prepare(`EXPLAIN QUERY PLAN ${query.sql}`)
			.all(...query.params) as { detail: string }[];
		expect(plan.map((step) => step.detail).join('\n')).toContain(
			'COVERING INDEX statements_waiting_idx'
		);
	});

	it("answers the caseload's counts", async () => {
		const plans = await plansOf(() =>
			expect(listCaseloadForWorker(worker)).toMatchObject([
				{ id: maya, unread: 1, urgentUnread: 1, openChanges: 1 }
			])
		);
		expect(plans).toHaveLength(1);
		expect(plans[0]).toContain('COVERING INDEX statements_waiting_idx');
	});

	it('is offered to the team view, which states its condition', async () => {
		// Which index SQLite then picks for a whole team depends on its statistics; the condition must be there for it to choose.
		const plans = await plansOf(async () =>
			expect(await listWaitingInManagedTeams(manager, 2, new Date())).toHaveLength(2)
		);
		expect(plans).toHaveLength(1);
	});
});

describe('what a waiting statement needs, in TypeScript', () => {
	const sentAt = new Date('2025-01-06T09:00:00Z');
	const now = new Date('2025-01-06T10:00:00Z');
	it('agrees with the SQL: unread, awaiting a reply, an open change request', async () => {
		const calendar = await workingCalendar();
		expect(
			whatIsWaiting(
				{ kind: 'feelings', firstReadAt: null, firstRepliedAt: null, closedAt: null, sentAt },
				2,
				now,
				calendar
			)
		).toMatchObject({ unread: true, awaitingReply: false, openChange: false });
		expect(
			whatIsWaiting(
				{ kind: 'feelings', firstReadAt: now, firstRepliedAt: null, closedAt: null, sentAt },
				2,
				now,
				calendar
			)
		).toMatchObject({ unread: false, awaitingReply: true });
		expect(
			whatIsWaiting(
				{ kind: 'make_a_change', firstReadAt: now, firstRepliedAt: now, closedAt: null, sentAt },
				2,
				now,
				calendar
			)
		).toMatchObject({ awaitingReply: false, openChange: true });
	});
});
