import { fail } from '@sveltejs/kit';
import { formValues } from '$lib/forms/read-form';
import {
	HELP_CONTACT_ROWS,
	currentSettings,
	readSettingsForm,
	settingsNumberRanges
} from '$lib/server/settings/form';
import { saveSettings } from '$lib/server/accounts/reach-settings';
import { requireRole } from '$lib/http/require-role';
import { ssoSetUp } from '$lib/server/auth/sso/config';
import { listTeams } from '$lib/server/accounts/queries';

export const load = async () => ({
	settings: await currentSettings(),
	rows: HELP_CONTACT_ROWS,
	ranges: settingsNumberRanges(),
	sso: ssoSetUp(),
	teams: await listTeams()
});

export const actions = {
	default: async ({ request, locals }) => {
		const actor = requireRole(locals.user, 'admin');
		const form = await request.formData();
		const read = await readSettingsForm(form);
		if (!read.ok) return fail(400, { values: formValues(form), errors: read.errors });
		const saved = await saveSettings(actor, read.settings);
		if (!saved.ok)
			return fail(400, {
				values: formValues(form),
				errors: { [saved.field]: saved.error } as Record<string, string>
			});
		return { saved: true };
	}
};
