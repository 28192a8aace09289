import { m } from '$lib/paraglide/messages.js';

/** Error codes from the admin forms' zod shapes and mutations, in words shown beside the field. */
const WORDS: Record<string, () => string> = {
	required: m.adm_err_required,
	too_long: m.adm_err_too_long,
	email_invalid: m.adm_err_email_invalid,
	email_taken: m.adm_err_email_taken,
	role_invalid: m.adm_err_role_required,
	role_required: m.adm_err_role_required,
	own_roles: m.adm_err_own_roles,
	admin_reads_nothing: m.adm_err_admin_reads_nothing,
	not_yourself: m.adm_err_not_yourself,
	has_caseload: m.adm_err_has_caseload,
	complaints_team_has_caseload: m.adm_err_complaints_team_has_caseload,
	complaints_team_is_out_of_hours: m.adm_err_complaints_team_is_out_of_hours,
	out_of_hours_is_complaints_team: m.adm_err_out_of_hours_is_complaints_team,
	complaints_team_joined_with_caseload: m.adm_err_complaints_team_joined_with_caseload,
	own_second_step: m.adm_err_own_second_step,
	team_taken: m.adm_err_team_taken,
	worker_needs_team: m.adm_err_worker_needs_team,
	worker_needs_a_team_first: m.adm_err_worker_needs_a_team_first,
	date_invalid: m.adm_err_date_invalid,
	date_future: m.adm_err_date_future,
	date_too_old: m.adm_err_date_too_old,
	holiday_out_of_range: m.adm_err_holiday_out_of_range,
	choose_one: m.adm_err_choose_one,
	language_invalid: m.adm_err_language_invalid,
	confirm_name: m.adm_err_confirm_name,
	confirm_box: m.adm_err_confirm_box,
	time_invalid: m.adm_err_time_invalid,
	end_before_start: m.adm_err_end_before_start,
	worker_invalid: m.adm_err_worker_invalid,
	worker_in_complaints_team: m.adm_err_worker_in_complaints_team,
	same_worker: m.adm_err_same_worker,
	archived: m.adm_err_archived,
	reference_taken: m.adm_err_reference_taken,
	contact_incomplete: m.adm_err_contact_incomplete,
	contact_needed: m.adm_err_contact_needed
};

export function errorWords(code: string | undefined): string | undefined {
	if (!code) return undefined;
	return (WORDS[code] ?? m.adm_err_generic)();
}
