import { error } from '@sveltejs/kit';
import { listComplaintsForTeam } from '$lib/server/complaints/team-queries';

export const load = async ({ locals }) => {
	// The access table lets in the roles that read; only the complaints team's members read these.
	const complaints = await listComplaintsForTeam(locals.user!);
	if (!complaints) error(403, 'Forbidden');
	return { complaints, now: new Date() };
};
