import { error, fail } from '@sveltejs/kit';
import { z } from 'zod';
import { listAllocatableWorkers, listTeamYoungPeople } from '$lib/server/team/queries';
import { reassignYoungPerson } from '$lib/server/team/mutations';

async function personInTeam(actor: App.Locals['user'], id: string) {
	const person = (await listTeamYoungPeople(actor!)).find((p) => p.id === id);
	if (!person) error(404, 'Not found');
	return person;
}

export const load = async ({ locals, params }) => {
	const person = await personInTeam(locals.user, params.id);
	return { person, workers: await listAllocatableWorkers(locals.user!) };
};

const Reassign = z.object({ worker: z.string().min(1, 'choose').max(40, 'choose') });

export const actions = {
	default: async ({ request, locals, params }) => {
		const parsed = Reassign.safeParse(Object.fromEntries(await request.formData()));
		if (!parsed.success) return fail(400, { error: 'choose' as const });
		const result = await reassignYoungPerson(locals.user!, params.id, parsed.data.worker);
		if (result === 'not_found') error(404, 'Not found');
		if (result === 'not_allocatable') return fail(400, { error: 'choose' as const });
		if (result === 'same_worker') return fail(400, { error: 'same' as const });
		return { done: true };
	}
};
