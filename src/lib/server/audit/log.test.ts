import { describe, expect, it } from 'vitest';
import { db, transaction } from '../db';
import { auditEvents } from '../db/schema';
import { recordAuditEvent } from './index';
import { listAuditEvents, listRecentAuditEvents } from './log';

describe('the audit log as an administrator reads it', () => {
	it('takes "from" and "to" as whole UK days, an hour off UTC in summer', async () => {
		// 23:30 UTC on 1 July is 00:30 on 2 July in London.
		await transaction(
			async (tx) =>
				await recordAuditEvent(
					tx,
					{ actorId: 'uk-days', action: 'sign_in' },
					new Date('2026-07-01T23:30:00Z')
				)
		);
		const onFirst = await listAuditEvents({
			actor: 'uk-days',
			from: '2026-07-01',
			to: '2026-07-01'
		});
		const onSecond = await listAuditEvents({
			actor: 'uk-days',
			from: '2026-07-02',
			to: '2026-07-02'
		});
		expect(onFirst.total).toBe(0);
		expect(onSecond.total).toBe(1);
		// In winter London is on UTC: 23:30 UTC on 1 January is still 1 January.
		await transaction(
			async (tx) =>
				await recordAuditEvent(
					tx,
					{ actorId: 'uk-winter', action: 'sign_in' },
					new Date('2026-01-01T23:30:00Z')
				)
		);
		expect(
			(await listAuditEvents({ actor: 'uk-winter', from: '2026-01-01', to: '2026-01-01' })).total
		).toBe(1);
	});

	it('lists newest first by when it happened, with readable names for actions', async () => {
		// Written out of order, as a back-dated import or the demo seed does.
		await transaction(
			async (tx) =>
				await recordAuditEvent(
					tx,
					{ actorId: 'order', action: 'report_exported' },
					new Date('2026-03-02T10:00:00Z')
				)
		);
		await transaction(
			async (tx) =>
				await recordAuditEvent(
					tx,
					{ actorId: 'order', action: 'sign_in' },
					new Date('2026-03-01T10:00:00Z')
				)
		);
		await transaction(
			async (tx) =>
				await recordAuditEvent(
					tx,
					{ actorId: 'order', action: 'subject_access_exported' },
					new Date('2026-03-03T10:00:00Z')
				)
		);
		const listed = (await listAuditEvents({ actor: 'order' })).events;
		expect(listed.map((e) => e.label)).toEqual([
			'Subject-access export made',
			'Report exported',
			'Signed in'
		]);
		expect(listed.map((e) => e.notable)).toEqual([true, false, false]);
		const stored = (await db().select().from(auditEvents)).length;
		const recent = (await listRecentAuditEvents(50)).filter((e) => e.label && stored);
		const times = recent.map((e) => e.at.getTime());
		expect(times).toEqual([...times].sort((a, b) => b - a));
		expect(recent.some((e) => e.label === 'Report exported')).toBe(true);
	});
});
