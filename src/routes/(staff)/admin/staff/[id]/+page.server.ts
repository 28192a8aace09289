import { error, fail } from '@sveltejs/kit';
import { ConfirmBox } from '$lib/forms/confirm';
import { fieldErrors } from '$lib/forms/read-form';
import { deactivateUser, reactivateUser, updateStaffAccount } from '$lib/server/accounts/mutations';
import { resetStaffPassword } from '$lib/server/accounts/passwords';
import { readStaffForm } from '$lib/server/accounts/staff-form';
import { findStaff, listTeams } from '$lib/server/accounts/queries';
import { listCaseloadOf } from '$lib/server/accounts/caseload';
import { requireRole } from '$lib/http/require-role';
import { hasSecondStep } from '$lib/server/auth/second-step';
import { resetSecondStep } from '$lib/server/auth/sign-in-challenge';
import { isMailDelivered } from '$lib/server/notifications/mail-wake';
import { countSessionsOf } from '$lib/server/auth/signed-in';
import { signOutEverywhere } from '$lib/http/sign-out-everywhere';

async function staffOr404(id: string) {
	const person = await findStaff(id);
	if (!person) error(404, 'Not found');
	return person;
}

/** With a refusal for young people still allocated, who they are now (an enhanced form's refusal loads nothing). */
async function caseloadIf(userId: string, error: string) {
	return error === 'has_caseload' ? await listCaseloadOf(userId) : undefined;
}

export const load = async ({ params, locals }) => ({
	person: await staffOr404(params.id),
	teams: await listTeams(),
	isSelf: locals.user?.id === params.id,
	secondStepOn: await hasSecondStep(params.id),
	// Who would be left without a worker who can read them: shown before anyone deactivates.
	caseload: await listCaseloadOf(params.id),
	sessions: await countSessionsOf(params.id)
});

export const actions = {
	update: async ({ request, params, locals }) => {
		const actor = requireRole(locals.user, 'admin');
		await staffOr404(params.id);
		const read = readStaffForm(
			await request.formData(),
			(await listTeams()).map((t) => t.id)
		);
		if (!read.ok) return fail(400, { values: read.values, errors: read.errors });
		const result = await updateStaffAccount(actor, params.id, read.input, read.memberships);
		if (!result.ok)
			return fail(400, {
				values: read.values,
				errors: { [result.field]: result.error },
				caseload: await caseloadIf(params.id, result.error)
			});
		return { saved: true };
	},
	// The admin learns that a link was emailed, and whether mail leaves this server; never the link.
	reset: async ({ request, params, locals }) => {
		const actor = requireRole(locals.user, 'admin');
		await staffOr404(params.id);
		const parsed = ConfirmBox.safeParse(Object.fromEntries(await request.formData()));
		if (!parsed.success) return fail(400, { resetErrors: fieldErrors(parsed.error) });
		const result = await resetStaffPassword(actor, params.id);
		if (!result.ok) return fail(400, { resetErrors: { confirm: result.error } });
		return { reset: { email: result.email, mailDelivered: isMailDelivered() } };
	},
	deactivate: async ({ request, params, locals }) => {
		const actor = requireRole(locals.user, 'admin');
		await staffOr404(params.id);
		const parsed = ConfirmBox.safeParse(Object.fromEntries(await request.formData()));
		if (!parsed.success) return fail(400, { deactivateErrors: fieldErrors(parsed.error) });
		const result = await deactivateUser(actor, params.id);
		if (!result.ok)
			return fail(400, {
				deactivateErrors: { confirm: result.error },
				caseload: await caseloadIf(params.id, result.error)
			});
		return { deactivated: true };
	},
	// A lost phone: they set up their second step again at their next sign-in, signed out everywhere.
	resetSecondStep: async ({ request, params, locals }) => {
		const actor = requireRole(locals.user, 'admin');
		await staffOr404(params.id);
		const parsed = ConfirmBox.safeParse(Object.fromEntries(await request.formData()));
		if (!parsed.success) return fail(400, { secondStepErrors: fieldErrors(parsed.error) });
		const result = await resetSecondStep(actor, params.id);
		if (!result.ok) return fail(400, { secondStepErrors: { confirm: result.error } });
		return { secondStepReset: true };
	},
	signOutEverywhere: async ({ request, params, locals }) => {
		await staffOr404(params.id);
		return signOutEverywhere(locals.user, request, params.id);
	},
	reactivate: async ({ params, locals }) => {
		const actor = requireRole(locals.user, 'admin');
		await staffOr404(params.id);
		await reactivateUser(actor, params.id);
		return { reactivated: true };
	}
};
