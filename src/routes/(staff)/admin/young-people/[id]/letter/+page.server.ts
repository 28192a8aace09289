import { error } from '@sveltejs/kit';
import { ACTIVATION_CODE_LIFETIME_MS } from '$lib/server/auth/activation';
import { activationQrDataUrl } from '$lib/server/admin/letter';
import { findYoungPersonRecord } from '$lib/server/admin/records';
import { issueLetterCode } from '$lib/server/admin/young-person-mutations';
import { requireRole } from '$lib/server/auth/access';
import { getSetting } from '$lib/server/settings';

function openRecord(id: string) {
	const record = findYoungPersonRecord(id);
	if (!record || record.archivedAt) error(404, 'Not found');
	return record;
}

export const load = ({ params }) => {
	const r = openRecord(params.id);
	return { person: { id: r.id, preferredName: r.preferredName, hasAccount: r.username !== null, codeWaiting: r.codeWaiting } };
};

export const actions = {
	/** Only the hash of a code is kept, so the letter exists on this one response: print it now. */
	issue: async ({ params, locals, url }) => {
		const actor = requireRole(locals.user, 'admin');
		const record = openRecord(params.id);
		const now = new Date();
		const code = issueLetterCode(actor, record.id, now);
		if (!code) error(404, 'Not found');
		return {
			letter: {
				code,
				organisation: getSetting('organisationName'),
				worker: record.currentWorker?.workerFirstName ?? null,
				activateUrl: `${url.origin}/activate`,
				qr: await activationQrDataUrl(url.origin),
				expires: new Date(now.getTime() + ACTIVATION_CODE_LIFETIME_MS).toLocaleDateString('en-GB', { dateStyle: 'long', timeZone: 'Europe/London' })
			}
		};
	}
};
