import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { recordAuditEvent } from './index';
import { db } from '../db';
import { auditEvents } from '../db/schema';

describe('the audit log', () => {
	it('records an event with everything it was given', () => {
		const at = new Date('2026-03-04T05:06:07Z');
		db().transaction((tx) =>
			recordAuditEvent(
				tx,
				{
					actorId: 'worker-1',
					action: 'statement_read',
					subjectType: 'statement',
					subjectId: 'statement-1',
					youngPersonId: 'young-person-1',
					detail: { via: 'caseload' }
				},
				at
			)
		);
		const rows = db()
			.select()
			.from(auditEvents)
			.where(eq(auditEvents.subjectId, 'statement-1'))
			.all();
		expect(rows).toHaveLength(1);
		expect(rows[0]).toMatchObject({
			actorId: 'worker-1',
			action: 'statement_read',
			subjectType: 'statement',
			youngPersonId: 'young-person-1',
			detail: { via: 'caseload' }
		});
		expect(rows[0]!.at.getTime()).toBe(at.getTime());
	});

	it('stamps an event with the current time when none is given', () => {
		const before = Date.now();
		db().transaction((tx) =>
			recordAuditEvent(tx, { actorId: null, action: 'sign_out', subjectId: 'now-check' })
		);
		const row = db().select().from(auditEvents).where(eq(auditEvents.subjectId, 'now-check')).get();
		expect(row!.at.getTime()).toBeGreaterThanOrEqual(before);
		expect(row!.at.getTime()).toBeLessThanOrEqual(Date.now());
	});

	it('refuses any UPDATE, even written as raw SQL', () => {
		db().transaction((tx) =>
			recordAuditEvent(tx, { actorId: 'someone', action: 'sign_in', subjectId: 'update-check' })
		);
		const update = db().$client.prepare(
			`UPDATE audit_events SET actor_id = 'someone else' WHERE subject_id = 'update-check'`
		);
		expect(() => update.run()).toThrow('append-only');
		const row = db()
			.select()
			.from(auditEvents)
			.where(eq(auditEvents.subjectId, 'update-check'))
			.get();
		expect(row?.actorId).toBe('someone');
	});

	it('refuses any DELETE, even written as raw SQL', () => {
		db().transaction((tx) =>
			recordAuditEvent(tx, { actorId: 'someone', action: 'sign_in', subjectId: 'delete-check' })
		);
		expect(() => db().$client.prepare('DELETE FROM audit_events').run()).toThrow('append-only');
		expect(
			db().select().from(auditEvents).where(eq(auditEvents.subjectId, 'delete-check')).all()
		).toHaveLength(1);
	});

	it('refuses changes made through drizzle too', () => {
		expect(() => db().update(auditEvents).set({ action: 'sign_out' }).run()).toThrow('append-only');
		expect(() => db().delete(auditEvents).run()).toThrow('append-only');
	});
});
