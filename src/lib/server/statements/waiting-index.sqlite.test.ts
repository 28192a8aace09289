import { and, count, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '../auth/session';
import { db } from '../db';
import { statements } from '../db/schema';
import { mayaWithTwoWaiting } from '$tests/fixtures/waiting';
import { sqlitePlansOf } from '$tests/fixtures/query-plans';
import { listCaseloadForWorker } from './queries';
import { listWaitingInManagedTeams, stillWaiting } from './waiting';

let worker: SessionUser;
let manager: SessionUser;
let maya: string;

beforeAll(async () => {
	({ worker, manager, maya } = await mayaWithTwoWaiting());
});

/** The plan of each statement `work` ran that states "still waiting". */
const plansOf = (work: () => Promise<unknown>) => sqlitePlansOf(work, 'closed_at" is null and (');

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
		const plans = await plansOf(async () =>
			expect(await listCaseloadForWorker(worker)).toMatchObject([
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
