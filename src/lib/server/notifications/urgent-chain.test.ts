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
} from './urgent-chain.fixture';

// In working hours: nobody acknowledges, so the chain climbs step by step, on time.
useUrgentChainOrganisation();

describe('the chain, in working hours, when nobody acknowledges', () => {
	const sent = new Date('2026-11-24T10:00:00Z');
	let id: string;
	beforeAll(() => {
		id = send('worried', sent);
	});
	const at = (minutes: number) => new Date(sent.getTime() + minutes * MINUTE);

	it('tells nobody beyond the worker and manager at first, and cannot be read by the out-of-hours team', () => {
		expect(steps(id)).toEqual(['sent']);
		expect(findStatementForStaff(people.duty, id, { urgentReach: true })).toBeNull();
	});

	it('goes to the manager, then the out-of-hours team, then the senior manager, in order and on time', () => {
		expect(runEscalation(at(119))).toEqual([]);
		expect(runEscalation(at(121))).toEqual([id]);
		expect(steps(id)).toEqual(['sent', 'manager']);
		expect(statement(id).escalatedAt).toEqual(at(121));
		expect(runEscalation(at(180))).toEqual([]);
		expect(runEscalation(at(182))).toEqual([id]);
		expect(steps(id)).toEqual(['sent', 'manager', 'duty']);
		expect(toldOf(people.duty.id, id)).toHaveLength(1);
		expect(findStatementForStaff(people.duty, id, { urgentReach: true })?.statement.id).toBe(id);
		expect(findStatementForStaff(people.senior, id, { urgentReach: true })).toBeNull();
		expect(runEscalation(at(241))).toEqual([]);
		expect(runEscalation(at(243))).toEqual([id]);
		expect(steps(id)).toEqual(['sent', 'manager', 'duty', 'senior']);
		expect(mailTo(people.senior.email)).toHaveLength(1);
		expect(mailTo(people.senior.email)[0]?.body).not.toContain('scared');
		expect(findStatementForStaff(people.senior, id, { urgentReach: true })?.statement.id).toBe(id);
		// The chain has ended.
		expect(statement(id).nextEscalationAt).toBeNull();
		expect(runEscalation(at(24 * 60))).toEqual([]);
	});

	it('stops at the step it reached once someone acknowledges', () => {
		const second = send('worried', at(1));
		expect(runEscalation(at(122))).toEqual([second]);
		expect(acknowledgeUrgent(people.manager, second, at(130))).toBe('ok');
		expect(runEscalation(at(24 * 60))).toEqual([]);
		expect(steps(second)).toEqual(['sent', 'manager']);
	});

	it('is only for urgent statements: a good-news statement cannot be acknowledged or reached', () => {
		const good = send('good_news', at(2));
		expect(acknowledgeUrgent(people.worker, good, at(3))).toBe('not_urgent');
		expect(statement(good).nextEscalationAt).toBeNull();
		expect(findStatementForStaff(people.duty, good, { urgentReach: true })).toBeNull();
	});
});
