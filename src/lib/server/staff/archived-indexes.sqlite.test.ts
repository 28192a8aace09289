import { beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '../auth/session';
import { countInboxForWorker, listInboxForWorker } from '../inbox/queries';
import { runEscalation } from '../notifications/escalation';
import { anArchivedAndAnOpenRecord, HOUR, now } from '$tests/fixtures/archived';
import { sqlitePlansOf as plansOf } from '$tests/fixtures/query-plans';

let worker: SessionUser;

beforeAll(async () => {
	({ worker } = await anArchivedAndAnOpenRecord());
});

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
