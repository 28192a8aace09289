import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { currentTemplate } from '$lib/templates';
import { addToTeam, allocate, createStaff, createTeam, createYoungPerson } from '$tests/fixtures';
import type { SessionUser } from '../auth/session';
import { findStatementForStaff, findYoungPersonFile } from '../casefile/queries';
import { db } from '../db';
import {
	auditEvents,
	mailOutbox,
	notifications,
	statements,
	teams,
	urgentAlerts,
	users
} from '../db/schema';
import { openStatement } from '../inbox/mutations';
import { setSetting } from '../settings';
import { submitStatement } from '../statements/mutations';
import { acknowledgeUrgent } from '../urgent/mutations';
import { listUrgentForOutOfHours } from '../urgent/queries';
import { runEscalation } from './escalation';

const SECRET = 'The man next door shouts at night and I am scared';
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
let worker: SessionUser & { email: string };
let manager: SessionUser & { email: string };
let duty: SessionUser & { email: string };
let senior: SessionUser & { email: string };
let youngPersonId: string;
let youngPersonUserId: string;

beforeAll(async () => {
	const north = createTeam('North');
	const emergency = createTeam('Emergency duty');
	db().update(teams).set({ outOfHours: true }).where(eq(teams.id, emergency)).run();
	worker = await createStaff(['worker'], { email: 'sam@heard.example' });
	manager = await createStaff(['manager'], { email: 'fiona@heard.example', firstName: 'Fiona' });
	duty = await createStaff(['worker'], { email: 'duty@heard.example', firstName: 'Dee' });
	senior = await createStaff(['manager'], { email: 'senior@heard.example', firstName: 'Sol' });
	addToTeam(north, manager.id, 'manager');
	addToTeam(emergency, duty.id, 'worker');
	youngPersonUserId = db()
		.insert(users)
		.values({ username: 'zeb', displayName: 'Zeb', firstName: 'Zeb' })
		.returning()
		.get().id;
	youngPersonId = createYoungPerson({
		teamId: north,
		preferredName: 'Zebedee',
		userId: youngPersonUserId
	});
	allocate(youngPersonId, worker.id);
	db().transaction((tx) => {
		setSetting(tx, 'escalationHours', 2);
		setSetting(tx, 'dutyEscalationHours', 1);
		setSetting(tx, 'seniorEscalationHours', 1);
		setSetting(tx, 'seniorManagerId', senior.id);
	});
});

function send(kind: 'worried' | 'good_news', at: Date) {
	return submitStatement(
		youngPersonId,
		youngPersonUserId,
		{
			template: currentTemplate(kind),
			answers: { what: SECRET },
			consentToShare: false,
			idempotencyKey: `${kind}-${at.getTime()}`,
			meetingId: null
		},
		at
	).id;
}
const statement = (id: string) =>
	db().select().from(statements).where(eq(statements.id, id)).get()!;
const steps = (id: string) =>
	db()
		.select()
		.from(urgentAlerts)
		.where(eq(urgentAlerts.statementId, id))
		.all()
		.map((a) => a.step);
const mailTo = (to: string) => db().select().from(mailOutbox).where(eq(mailOutbox.to, to)).all();
const toldOf = (userId: string, id: string) =>
	db()
		.select()
		.from(notifications)
		.where(and(eq(notifications.userId, userId), eq(notifications.statementId, id)))
		.all();

describe('an urgent statement sent at 23:00 on a Saturday', () => {
	let id: string;
	const saturday = new Date('2026-11-28T23:00:00Z');
	beforeAll(() => {
		id = send('worried', saturday);
	});

	it('reaches the out-of-hours team at once, in the app and by email without words or name', () => {
		expect(statement(id)).toMatchObject({ outOfHours: true, dutyAlertedAt: saturday });
		expect(steps(id)).toEqual(['sent', 'out_of_hours']);
		expect(toldOf(duty.id, id)).toHaveLength(1);
		const [mail] = mailTo(duty.email);
		expect(mail?.body).toContain(`/worker/statements/${id}`);
		expect(mail?.body).not.toContain('scared');
		expect(mail?.body).not.toContain('Zebedee');
		expect(mail?.subject).toContain('out-of-hours');
	});

	it("is in the team's urgent list and readable by its members, audited, and nothing else of the file is", () => {
		expect(listUrgentForOutOfHours(duty, saturday).map((s) => s.id)).toEqual([id]);
		expect(openStatement(duty, id, saturday)).toBe('ok');
		expect(findStatementForStaff(duty, id, { urgentReach: true })?.statement.id).toBe(id);
		// Not the file, nor an export of it.
		expect(findYoungPersonFile(duty, youngPersonId)).toBeNull();
		expect(findStatementForStaff(duty, id)).toBeNull();
		const read = db()
			.select()
			.from(auditEvents)
			.where(and(eq(auditEvents.actorId, duty.id), eq(auditEvents.action, 'statement_read')))
			.get();
		expect(read?.detail).toEqual({ via: 'urgent_chain' });
	});

	it("is not readable by the team's members once the team is no longer out of hours", () => {
		db().update(teams).set({ outOfHours: false }).where(eq(teams.name, 'Emergency duty')).run();
		expect(findStatementForStaff(duty, id, { urgentReach: true })).toBeNull();
		expect(openStatement(duty, id, saturday)).toBe('not_found');
		db().update(teams).set({ outOfHours: true }).where(eq(teams.name, 'Emergency duty')).run();
	});

	it('once acknowledged, stops the chain, tells the young person, and a second press changes nothing', () => {
		const at = new Date(saturday.getTime() + 12 * MINUTE);
		expect(acknowledgeUrgent(duty, id, at)).toBe('ok');
		expect(acknowledgeUrgent(duty, id, new Date(at.getTime() + 1000))).toBe('already');
		expect(acknowledgeUrgent(worker, id, new Date(at.getTime() + 2000))).toBe('already');
		expect(statement(id)).toMatchObject({
			acknowledgedAt: at,
			acknowledgedBy: duty.id,
			nextEscalationAt: null
		});
		expect(toldOf(youngPersonUserId, id).map((n) => n.kind)).toContain('acknowledged');
		const audited = db()
			.select()
			.from(auditEvents)
			.where(and(eq(auditEvents.action, 'urgent_acknowledged'), eq(auditEvents.subjectId, id)))
			.all();
		expect(audited).toHaveLength(1);
		expect(runEscalation(new Date(saturday.getTime() + 10 * HOUR))).not.toContain(id);
		expect(steps(id)).toEqual(['sent', 'out_of_hours']);
	});
});

describe("an urgent statement sent on St Andrew's Day in a Scottish organisation", () => {
	it('goes to the out-of-hours team; the same Monday in England does not', () => {
		const monday = new Date('2026-11-30T11:00:00Z');
		db().transaction((tx) => setSetting(tx, 'bankHolidayNation', 'scotland'));
		const scottish = send('worried', monday);
		db().transaction((tx) => setSetting(tx, 'bankHolidayNation', 'england_wales'));
		const english = send('worried', new Date(monday.getTime() + MINUTE));
		expect(statement(scottish)).toMatchObject({ outOfHours: true, dutyAlertedAt: monday });
		expect(statement(english)).toMatchObject({ outOfHours: false, dutyAlertedAt: null });
		expect(toldOf(duty.id, english)).toHaveLength(0);
		for (const id of [scottish, english])
			acknowledgeUrgent(worker, id, new Date(monday.getTime() + HOUR));
	});
});

describe('the chain, in working hours, when nobody acknowledges', () => {
	const sent = new Date('2026-11-24T10:00:00Z');
	let id: string;
	beforeAll(() => {
		id = send('worried', sent);
	});
	const at = (minutes: number) => new Date(sent.getTime() + minutes * MINUTE);

	it('tells nobody beyond the worker and manager at first, and cannot be read by the out-of-hours team', () => {
		expect(steps(id)).toEqual(['sent']);
		expect(findStatementForStaff(duty, id, { urgentReach: true })).toBeNull();
	});

	it('goes to the manager, then the out-of-hours team, then the senior manager, in order and on time', () => {
		expect(runEscalation(at(119))).toEqual([]);
		expect(runEscalation(at(121))).toEqual([id]);
		expect(steps(id)).toEqual(['sent', 'manager']);
		expect(statement(id).escalatedAt).toEqual(at(121));
		expect(runEscalation(at(180))).toEqual([]);
		expect(runEscalation(at(182))).toEqual([id]);
		expect(steps(id)).toEqual(['sent', 'manager', 'duty']);
		expect(toldOf(duty.id, id)).toHaveLength(1);
		expect(findStatementForStaff(duty, id, { urgentReach: true })?.statement.id).toBe(id);
		expect(findStatementForStaff(senior, id, { urgentReach: true })).toBeNull();
		expect(runEscalation(at(241))).toEqual([]);
		expect(runEscalation(at(243))).toEqual([id]);
		expect(steps(id)).toEqual(['sent', 'manager', 'duty', 'senior']);
		expect(mailTo(senior.email)).toHaveLength(1);
		expect(mailTo(senior.email)[0]?.body).not.toContain('scared');
		expect(findStatementForStaff(senior, id, { urgentReach: true })?.statement.id).toBe(id);
		// The chain has ended.
		expect(statement(id).nextEscalationAt).toBeNull();
		expect(runEscalation(at(24 * 60))).toEqual([]);
	});

	it('stops at the step it reached once someone acknowledges', () => {
		const second = send('worried', at(1));
		expect(runEscalation(at(122))).toEqual([second]);
		expect(acknowledgeUrgent(manager, second, at(130))).toBe('ok');
		expect(runEscalation(at(24 * 60))).toEqual([]);
		expect(steps(second)).toEqual(['sent', 'manager']);
	});

	it('is only for urgent statements: a good-news statement cannot be acknowledged or reached', () => {
		const good = send('good_news', at(2));
		expect(acknowledgeUrgent(worker, good, at(3))).toBe('not_urgent');
		expect(statement(good).nextEscalationAt).toBeNull();
		expect(findStatementForStaff(duty, good, { urgentReach: true })).toBeNull();
	});
});
