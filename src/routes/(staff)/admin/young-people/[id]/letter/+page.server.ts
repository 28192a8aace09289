import { error, fail } from '@sveltejs/kit';
import { letterWith } from '$lib/server/admin/letter';
import { findYoungPersonRecord } from '$lib/server/admin/records';
import { askWorkerForNewCode, issueLetterCode, letterRouteFor, workerNamesFor } from '$lib/server/admin/sign-in-codes';
import { requireRole } from '$lib/server/auth/access';

function openRecord(id: string) {
	const record = findYoungPersonRecord(id);
	if (!record || record.archivedAt) error(404, 'Not found');
	return record;
}

export const load = ({ params }) => {
	const r = openRecord(params.id);
	return {
		person: { id: r.id, preferredName: r.preferredName, hasAccount: r.username !== null, codeWaiting: r.codeWaiting },
		route: letterRouteFor(r.id),
		workers: workerNamesFor(r.id)
	};
};

export const actions = {
	/** Only the hash of a code is kept, so the letter exists on this one response: print it now. */
	issue: async ({ params, locals, url }) => {
		const actor = requireRole(locals.user, 'admin');
		const record = openRecord(params.id);
		const now = new Date();
		const issued = issueLetterCode(actor, record.id, now);
		// A sign-in that exists, or words already said, are opened only by a code from their worker.
		if (!issued.ok) return fail(409, { refused: issued.reason });
		return { letter: await letterWith(issued.code, record.id, url.origin, false, now) };
	},
	ask: ({ params, locals }) => {
		const actor = requireRole(locals.user, 'admin');
		const record = openRecord(params.id);
		const asked = askWorkerForNewCode(actor, record.id);
		if (!asked.ok) return fail(409, { refused: asked.reason });
		return { asked: asked.told };
	}
};
