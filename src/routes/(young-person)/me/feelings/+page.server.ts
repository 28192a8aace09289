import { feelingsOverTime } from '$lib/server/young-people/feelings';

export const load = async ({ parent }) => {
	const { me } = await parent();
	return { feelings: await feelingsOverTime(me.id) };
};
