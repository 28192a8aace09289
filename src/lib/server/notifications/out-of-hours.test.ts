import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { findStatementForStaff, findYoungPersonFile } from '../casefile/queries';
import { db, transaction } from '../db';
import { auditEvents, teams } from '../db/schema';
import { openStatement } from '../inbox/mutations';
import { setSetting } from '../settings';
import { acknowledgeUrgent } from '../urgent/mutations';
import { hasOutOfHoursList, listUrgentForOutOfHours } from '../urgent/queries';
import { runEscalation } from './escalation';
import {
	HOUR,
	MINUTE,
	mailTo,
	people,
	send,
	statement,
	steps,
	toldOf,
	useUrgentChainOrganisation
} from '$tests/fixtures/urgent-chain';

// Out of hours: the out-of-hours team is told at once, reads only that statement, and acknowledges.
useUrgentChainOrganisation();

describe('an urgent statement sent at 23:00 on a Saturday', () => {
	let id: string;
	const saturday = new Date('2026-11-28T23:00:00Z');
	beforeAll(async () => {
		id = await send('worried', saturday);
	});

	it('reaches the out-of-hours team at once, in the app and by email without words or name', async () => {
		expect(await statement(id)).toMatchObject({ outOfHours: true, dutyAlertedAt: saturday });
		expect(await steps(id)).toEqual(['sent', 'out_of_hours']);
		expect(await toldOf(people.duty.id, id)).toHaveLength(1);
		const [mail] = await mailTo(people.duty.email);
		expect(mail?.body).toContain(`/worker/statements/${id}`);
		expect(mail?.body).not.toContain('scared');
		expect(mail?.body).not.toContain('Zebedee');
		expect(mail?.subject).toContain('out-of-hours');
	});

	it("is in the team's urgent list and readable by its members, audited, and nothing else of the file is", async () => {
		// The list shows on their inbox page; a worker not on the team has none.
		expect(await hasOutOfHoursList(people.duty)).toBe(true);
		expect(await hasOutOfHoursList(people.worker)).toBe(false);
		expect((await listUrgentForOutOfHours(people.duty, saturday)).map((s) => s.id)).toEqual([id]);
		expect(await openStatement(people.duty, id, saturday)).toBe('ok');
		expect(
			(await findStatementForStaff(people.duty, id, { urgentReach: true }))?.statement.id
		).toBe(id);
		// Not the file, nor an export of it.
		expect(await findYoungPersonFile(people.duty, people.youngPersonId)).toBeNull();
		expect(await findStatementForStaff(people.duty, id)).toBeNull();
		const read = (
			await db()
				.select()
				.from(auditEvents)
				.where(
					and(eq(auditEvents.actorId, people.duty.id), eq(auditEvents.action, 'statement_read'))
				)
				.limit(1)
		)[0];
		expect(read?.detail).toEqual({ via: 'urgent_chain' });
		// Read by the team, not "read": their worker and manager still see it waiting, and the
		// young person is not told that someone they do not know read it.
		expect(await statement(id)).toMatchObject({
			status: 'sent',
			firstReadAt: null,
			firstReadBy: null
		});
	});

	it("is not readable by the team's members once the team is no longer out of hours", async () => {
		await transaction(async (tx) => {
			await tx.update(teams).set({ outOfHours: false }).where(eq(teams.name, 'Emergency duty'));
		});
		expect(await findStatementForStaff(people.duty, id, { urgentReach: true })).toBeNull();
		expect(await openStatement(people.duty, id, saturday)).toBe('not_found');
		expect(await hasOutOfHoursList(people.duty)).toBe(false);
		await transaction(async (tx) => {
			await tx.update(teams).set({ outOfHours: true }).where(eq(teams.name, 'Emergency duty'));
		});
	});

	it('once acknowledged, stops the chain, tells the young person, and a second press changes nothing', async () => {
		const at = new Date(saturday.getTime() + 12 * MINUTE);
		expect(await acknowledgeUrgent(people.duty, id, at)).toBe('ok');
		expect(await acknowledgeUrgent(people.duty, id, new Date(at.getTime() + 1000))).toBe('already');
		expect(await acknowledgeUrgent(people.worker, id, new Date(at.getTime() + 2000))).toBe(
			'already'
		);
		expect(await statement(id)).toMatchObject({
			acknowledgedAt: at,
			acknowledgedBy: people.duty.id,
			nextEscalationAt: null
		});
		expect((await toldOf(people.youngPersonUserId, id)).map((n) => n.kind)).toContain(
			'acknowledged'
		);
		const audited = await db()
			.select()
			.from(auditEvents)
			.where(and(eq(auditEvents.action, 'urgent_acknowledged'), eq(auditEvents.subjectId, id)));
		expect(audited).toHaveLength(1);
		expect(await runEscalation(new Date(saturday.getTime() + 10 * HOUR))).not.toContain(id);
		expect(await steps(id)).toEqual(['sent', 'out_of_hours']);
	});
});

describe("an urgent statement sent on St Andrew's Day in a Scottish organisation", () => {
	it('goes to the out-of-hours team; the same Monday in England does not', async () => {
		const monday = new Date('2026-11-30T11:00:00Z');
		await transaction(async (tx) => await setSetting(tx, 'bankHolidayNation', 'scotland'));
		const scottish = await send('worried', monday);
		await transaction(async (tx) => await setSetting(tx, 'bankHolidayNation', 'england_wales'));
		const english = await send('worried', new Date(monday.getTime() + MINUTE));
		expect(await statement(scottish)).toMatchObject({ outOfHours: true, dutyAlertedAt: monday });
		expect(await statement(english)).toMatchObject({ outOfHours: false, dutyAlertedAt: null });
		expect(await toldOf(people.duty.id, english)).toHaveLength(0);
		for (const id of [scottish, english])
			await acknowledgeUrgent(people.worker, id, new Date(monday.getTime() + HOUR));
	});
});
