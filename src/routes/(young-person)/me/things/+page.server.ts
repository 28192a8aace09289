import { listOwnStatements } from '$lib/server/young-people/words';

export const load = async ({ parent }) => {
	const { me } = await parent();
	return { things: listOwnStatements(me.id) };
};
