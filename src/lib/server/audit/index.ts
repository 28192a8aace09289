import { and, eq } from 'drizzle-orm';
import { transaction, type Tx } from '../db';
import { auditEvents } from '../db/schema';
import { jsonText } from '../db/dialect';

export type AuditAction =
	| 'sign_in'
	| 'sign_in_failed'
	| 'sign_out'
	| 'account_activated'
	| 'activation_names_stopped'
	| 'sign_in_reset'
	| 'sign_in_code_requested'
	| 'statement_read'
	| 'statement_exported'
	| 'voice_note_played'
	| 'voice_note_downloaded'
	| 'activation_code_issued'
	| 'statement_sent'
	| 'young_person_replied'
	| 'password_changed'
	| 'password_check_failed'
	| 'password_checks_stopped'
	| 'password_set_with_link'
	| 'first_admin_created'
	| 'team_created'
	| 'team_renamed'
	| 'staff_created'
	| 'staff_updated'
	| 'reading_access_given'
	| 'sign_in_email_changed'
	| 'staff_password_reset'
	| 'staff_deactivated'
	| 'staff_reactivated'
	| 'young_person_created'
	| 'young_person_updated'
	| 'young_person_archived'
	| 'worker_allocated'
	| 'subject_access_exported'
	| 'retention_run'
	| 'settings_changed'
	| 'language_switched'
	| 'young_person_language_set'
	| 'push_turned_on'
	| 'push_turned_off'
	| 'own_words_downloaded'
	| 'correction_requested'
	| 'complaint_made'
	| 'complaint_read'
	| 'complaint_marked'
	| 'signed_out_elsewhere'
	| 'sessions_ended_by_admin'
	| 'second_step_set_up'
	| 'second_step_failed'
	| 'recovery_code_used'
	| 'second_step_reset'
	| 'staff_replied'
	| 'outcome_recorded'
	| 'meeting_scheduled'
	| 'meeting_feedback_recorded'
	| 'young_person_reassigned'
	| 'hello_written'
	| 'worker_met'
	| 'handover_note_written'
	| 'statement_escalated'
	| 'urgent_acknowledged'
	| 'bank_holiday_added'
	| 'bank_holiday_removed'
	| 'team_out_of_hours_changed'
	| 'you_said_we_did_created'
	| 'you_said_we_did_updated'
	| 'you_said_we_did_published'
	| 'you_said_we_did_unpublished'
	| 'quote_chosen'
	| 'quote_removed'
	| 'report_exported';

interface AuditEntry {
	actorId: string | null;
	action: AuditAction;
	subjectType?: string;
	subjectId?: string;
	youngPersonId?: string;
	detail?: Record<string, unknown>;
}

/**
 * Appends to the audit log, through the transaction of the change it records,
 * so the event and the change commit together or not at all.
 */
export async function recordAuditEvent(tx: Tx, entry: AuditEntry, at = new Date()): Promise<void> {
	await tx.insert(auditEvents).values({ ...entry, at });
}

/** An event that records no change of its own (a sign-in refused, a copy taken): in a transaction of its own. */
export async function recordAuditEventAlone(entry: AuditEntry, at = new Date()): Promise<void> {
	await transaction(async (tx) => await recordAuditEvent(tx, entry, at));
}

/** What a form with a key does: its audit event holds the key (detail.key). */
type KeyedAction =
	| 'staff_replied'
	| 'young_person_replied'
	| 'complaint_made'
	| 'young_person_created'
	| 'correction_requested'
	| 'you_said_we_did_created'
	| 'sign_in_code_requested';

/**
 * What a form sent before with this key did, if it was sent: a double tap, or a form sent again
 * after a dropped connection, then does nothing more. The key lives in the audit event of what
 * it did (a reply, a complaint): the audit log is append-only, so it is a reliable record. The
 * answer is that event's subject (the reply's statement or meeting, the complaint made, the
 * record or entry created). What makes something new has no subject yet: it is looked for among
 * what the same person did.
 */
export async function sentBeforeWithKey(
	tx: Tx,
	action: KeyedAction,
	where: { subjectId: string } | { youngPersonId: string } | { actorId: string },
	idempotencyKey: string
): Promise<string | null> {
	const seen = (
		await tx
			.select({ subjectId: auditEvents.subjectId })
			.from(auditEvents)
			.where(
				and(
					eq(auditEvents.action, action),
					'subjectId' in where
						? eq(auditEvents.subjectId, where.subjectId)
						: 'youngPersonId' in where
							? eq(auditEvents.youngPersonId, where.youngPersonId)
							: eq(auditEvents.actorId, where.actorId),
					eq(jsonText(auditEvents.detail, 'key'), idempotencyKey)
				)
			)
			.limit(1)
	)[0];
	return seen ? (seen.subjectId ?? '') : null;
}
