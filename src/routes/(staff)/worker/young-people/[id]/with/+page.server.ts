import { error } from '@sveltejs/kit';
import { youngPersonForCoUse } from '$lib/server/say/co-use';

export const load = async ({ locals, params }) => {
	const { person } = (await youngPersonForCoUse(locals.user, params.id)) ?? error(404, 'Not found');
	return {
		person: {
			id: person.id,
			preferredName: person.preferredName,
			isCareLeaver: person.isCareLeaver
		}
	};
};
