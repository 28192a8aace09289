import { m } from '$lib/paraglide/messages.js';
import type { AuditAction } from '$lib/server/audit';

/**
 * What each audit action is called on the admin pages. Keyed by the AuditAction union, so a new
 * action cannot be added without a label a person can read (the type check fails otherwise).
 */
const LABEL: Record<AuditAction, () => string> = {
	sign_in: m.audit_action_sign_in,
	sign_in_failed: m.audit_action_sign_in_failed,
	sign_out: m.audit_action_sign_out,
	account_activated: m.audit_action_account_activated,
	activation_names_stopped: m.audit_action_activation_names_stopped,
	sign_in_reset: m.audit_action_sign_in_reset,
	sign_in_code_requested: m.audit_action_sign_in_code_requested,
	statement_read: m.audit_action_statement_read,
	voice_note_played: m.audit_action_voice_note_played,
	voice_note_downloaded: m.audit_action_voice_note_downloaded,
	statement_exported: m.audit_action_statement_exported,
	activation_code_issued: m.audit_action_activation_code_issued,
	statement_sent: m.audit_action_statement_sent,
	young_person_replied: m.audit_action_young_person_replied,
	password_changed: m.audit_action_password_changed,
	password_check_failed: m.audit_action_password_check_failed,
	password_checks_stopped: m.audit_action_password_checks_stopped,
	team_created: m.audit_action_team_created,
	team_renamed: m.audit_action_team_renamed,
	staff_created: m.audit_action_staff_created,
	staff_updated: m.audit_action_staff_updated,
	reading_access_given: m.audit_action_reading_access_given,
	sign_in_email_changed: m.audit_action_sign_in_email_changed,
	staff_password_reset: m.audit_action_staff_password_reset,
	password_set_with_link: m.audit_action_password_set_with_link,
	first_admin_created: m.audit_action_first_admin_created,
	staff_deactivated: m.audit_action_staff_deactivated,
	staff_reactivated: m.audit_action_staff_reactivated,
	young_person_created: m.audit_action_young_person_created,
	young_person_updated: m.audit_action_young_person_updated,
	young_person_archived: m.audit_action_young_person_archived,
	worker_allocated: m.audit_action_worker_allocated,
	subject_access_exported: m.audit_action_subject_access_exported,
	retention_run: m.audit_action_retention_run,
	settings_changed: m.audit_action_settings_changed,
	language_switched: m.audit_action_language_switched,
	young_person_language_set: m.audit_action_young_person_language_set,
	push_turned_on: m.audit_action_push_turned_on,
	push_turned_off: m.audit_action_push_turned_off,
	own_words_downloaded: m.audit_action_own_words_downloaded,
	correction_requested: m.audit_action_correction_requested,
	complaint_made: m.audit_action_complaint_made,
	complaint_read: m.audit_action_complaint_read,
	complaint_marked: m.audit_action_complaint_marked,
	signed_out_elsewhere: m.audit_action_signed_out_elsewhere,
	sessions_ended_by_admin: m.audit_action_sessions_ended_by_admin,
	second_step_set_up: m.audit_action_second_step_set_up,
	second_step_failed: m.audit_action_second_step_failed,
	recovery_code_used: m.audit_action_recovery_code_used,
	second_step_reset: m.audit_action_second_step_reset,
	staff_replied: m.audit_action_staff_replied,
	outcome_recorded: m.audit_action_outcome_recorded,
	meeting_scheduled: m.audit_action_meeting_scheduled,
	meeting_feedback_recorded: m.audit_action_meeting_feedback_recorded,
	young_person_reassigned: m.audit_action_young_person_reassigned,
	hello_written: m.audit_action_hello_written,
	worker_met: m.audit_action_worker_met,
	handover_note_written: m.audit_action_handover_note_written,
	statement_escalated: m.audit_action_statement_escalated,
	urgent_acknowledged: m.audit_action_urgent_acknowledged,
	bank_holiday_added: m.audit_action_bank_holiday_added,
	bank_holiday_removed: m.audit_action_bank_holiday_removed,
	team_out_of_hours_changed: m.audit_action_team_out_of_hours_changed,
	you_said_we_did_created: m.audit_action_you_said_we_did_created,
	you_said_we_did_updated: m.audit_action_you_said_we_did_updated,
	you_said_we_did_published: m.audit_action_you_said_we_did_published,
	you_said_we_did_unpublished: m.audit_action_you_said_we_did_unpublished,
	quote_chosen: m.audit_action_quote_chosen,
	quote_removed: m.audit_action_quote_removed,
	report_exported: m.audit_action_report_exported
};

/** A readable name for an action; an action the code no longer knows (an old log row) shows as written. */
export function auditActionLabel(action: string): string {
	return action in LABEL ? LABEL[action as AuditAction]() : action;
}

/**
 * Events an administrator should notice: someone was given a way to read, or into, what young
 * people said, or was guessing a password from inside a signed-in session, or was asking with a
 * child's sign-in code which usernames exist.
 */
const NOTABLE: ReadonlySet<string> = new Set<AuditAction>([
	'reading_access_given',
	'sign_in_email_changed',
	'second_step_reset',
	'password_checks_stopped',
	'activation_names_stopped',
	'sign_in_reset',
	'subject_access_exported',
	'staff_password_reset',
	'first_admin_created'
]);
export const isNotable = (action: string) => NOTABLE.has(action);
