import { beforeAll, describe, expect, it } from 'vitest';
import { findStatementForStaff } from '../casefile/queries';
import { acknowledgeUrgent } from '../urgent/mutations';
import { runEscalation } from './escalation';
import {
	MINUTE,
	mailTo,
	people,
	send,
	statement,
	steps,
	toldOf,
	useUrgentChainOrganisation
} from '$tests/fixtures/urgent-chain';

// In working hours: nobody acknowledges, so the chain climbs step by step, on time.
useUrgentChainOrganisation();

describe('the chain, in working hours, when nobody acknowledges', () => {
	const sent = new Date('2026-11-24T10:00:00Z');
	let id: string;
	beforeAll(async () => {
		id = await send('worried', sent);
	});
	const at = (minutes: number) => new Date(sent.getTime() + minutes * MINUTE);

	it('tells nobody beyond the worker and manager at first, and cannot be read by the out-of-hours team', async () => {
		expect(await steps(id)).toEqual(['sent']);
		expect(await findStatementForStaff(people.duty, id, { urgentReach: true })).toBeNull();
	});

	it('goes to the manager, then the out-of-hours team, then the senior manager, in order and on time', async () => {
		expect(await runEscalation(at(119))).toEqual([]);
		expect(await runEscalation(at(121))).toEqual([id]);
		expect(await steps(id)).toEqual(['sent', 'manager']);
		expect((await statement(id)).escalatedAt).toEqual(at(121));
		expect(await runEscalation(at(180))).toEqual([]);
		expect(await runEscalation(at(182))).toEqual([id]);
		expect(await steps(id)).toEqual(['sent', 'manager', 'duty']);
		expect(await toldOf(people.duty.id, id)).toHaveLength(1);
		expect(
			(await findStatementForStaff(people.duty, id, { urgentReach: true }))?.statement.id
		).toBe(id);
		expect(await findStatementForStaff(people.senior, id, { urgentReach: true })).toBeNull();
		expect(await runEscalation(at(241))).toEqual([]);
		expect(await runEscalation(at(243))).toEqual([id]);
		expect(await steps(id)).toEqual(['sent', 'manager', 'duty', 'senior']);
		expect(await mailTo(people.senior.email)).toHaveLength(1);
		expect((await mailTo(people.senior.email))[0]?.body).not.toContain('scared');
		expect(
			(await findStatementForStaff(people.senior, id, { urgentReach: true }))?.statement.id
		).toBe(id);
		// The chain has ended.
		expect((await statement(id)).nextEscalationAt).toBeNull();
		expect(await runEscalation(at(24 * 60))).toEqual([]);
	});

	it('stops at the step it reached once someone acknowledges', async () => {
		const second = await send('worried', at(1));
		expect(await runEscalation(at(122))).toEqual([second]);
		expect(await acknowledgeUrgent(people.manager, second, at(130))).toBe('ok');
		expect(await runEscalation(at(24 * 60))).toEqual([]);
		expect(await steps(second)).toEqual(['sent', 'manager']);
	});

	it('is only for urgent statements: a good-news statement cannot be acknowledged or reached', async () => {
		const good = await send('good_news', at(2));
		expect(await acknowledgeUrgent(people.worker, good, at(3))).toBe('not_urgent');
		expect((await statement(good)).nextEscalationAt).toBeNull();
		expect(await findStatementForStaff(people.duty, good, { urgentReach: true })).toBeNull();
	});
});
