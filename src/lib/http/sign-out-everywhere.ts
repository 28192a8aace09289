import { error, fail } from '@sveltejs/kit';
import { ConfirmBox } from '$lib/forms/confirm';
import { fieldErrors } from '$lib/forms/read-form';
import type { SessionUser } from '$lib/server/auth/session';
import { endAllSessionsOf } from '$lib/server/auth/signed-in';
import { requireRole } from './require-role';

/** The admin's "Sign out everywhere" on a staff account's or a young person's page, confirmed by a box. */
export async function signOutEverywhere(
	user: SessionUser | null,
	request: Request,
	userId: string | null
) {
	const actor = requireRole(user, 'admin');
	if (!userId) error(404, 'Not found');
	const parsed = ConfirmBox.safeParse(Object.fromEntries(await request.formData()));
	if (!parsed.success) return fail(400, { sessionsError: fieldErrors(parsed.error).confirm });
	const result = await endAllSessionsOf(actor, userId);
	if (!result.ok) {
		if (result.reason === 'not_found') error(404, 'Not found');
		return fail(400, { sessionsError: result.reason });
	}
	return { sessionsEnded: result.ended };
}
