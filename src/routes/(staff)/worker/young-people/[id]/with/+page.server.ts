import { error } from '@sveltejs/kit';
import { youngPersonForCoUse } from '$lib/server/statements/co-use';

export const load = ({ locals, params }) => {
	const { person } = youngPersonForCoUse(locals.user, params.id) ?? error(404, 'Not found');
	return {
		person: {
			id: person.id,
			preferredName: person.preferredName,
			isCareLeaver: person.isCareLeaver
		}
	};
};
