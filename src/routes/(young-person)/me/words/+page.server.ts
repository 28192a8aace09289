import { takeOwnWords } from '$lib/server/young-people/own-words';

export const load = async ({ parent, locals }) => {
	const { me } = await parent();
	return await takeOwnWords(me.id, locals.user!.id, 'page');
};
