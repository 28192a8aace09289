import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { recordAuditEvent } from './index';
import { db, transaction } from '../db';
import { auditEvents } from '../db/schema';
import { runRawSql } from '$tests/fixtures/raw-sql';

describe('the audit log', () => {
	it('records an event with everything it was given', async () => {
		const at = new Date('2026-03-04T05:06:07Z');
		await transaction(
			async (tx) =>
				await recordAuditEvent(
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
		const rows = await db()
			.select()
			.from(auditEvents)
			.where(eq(auditEvents.subjectId, 'statement-1'));
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

	it('stamps an event with the current time when none is given', async () => {
		const before = Date.now();
		await transaction(
			async (tx) =>
				await recordAuditEvent(tx, { actorId: null, action: 'sign_out', subjectId: 'now-check' })
		);
		const row = (
			await db().select().from(auditEvents).where(eq(auditEvents.subjectId, 'now-check')).limit(1)
		)[0];
		expect(row!.at.getTime()).toBeGreaterThanOrEqual(before);
		expect(row!.at.getTime()).toBeLessThanOrEqual(Date.now());
	});

	it('refuses any UPDATE, even written as raw SQL', async () => {
		await transaction(
			async (tx) =>
				await recordAuditEvent(tx, {
					actorId: 'someone',
					action: 'sign_in',
					subjectId: 'update-check'
				})
		);
		await expect(
			transaction(async (tx) => {
				await runRawSql(
					tx,
					`UPDATE audit_events SET actor_id = 'someone else' WHERE subject_id = 'update-check'`
				);
			})
		).rejects.toThrow('append-only');
		const row = (
			await db()
				.select()
				.from(auditEvents)
				.where(eq(auditEvents.subjectId, 'update-check'))
				.limit(1)
		)[0];
		expect(row?.actorId).toBe('someone');
	});

	it('refuses any DELETE, even written as raw SQL', async () => {
		await transaction(
			async (tx) =>
				await recordAuditEvent(tx, {
					actorId: 'someone',
					action: 'sign_in',
					subjectId: 'delete-check'
				})
		);
		await expect(
			transaction(async (tx) => {
				await runRawSql(tx, 'DELETE FROM audit_events');
			})
		).rejects.toThrow('append-only');
		expect(
			await db().select().from(auditEvents).where(eq(auditEvents.subjectId, 'delete-check'))
		).toHaveLength(1);
	});

	it('refuses changes made through drizzle too', async () => {
		await expect(
			transaction(async (tx) => {
				await tx.update(auditEvents).set({ action: 'sign_out' });
			})
		).rejects.toThrow('append-only');
		await expect(
			transaction(async (tx) => {
				await tx.delete(auditEvents);
			})
		).rejects.toThrow('append-only');
	});
});
