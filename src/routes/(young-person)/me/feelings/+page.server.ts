import { feelingsOverTime } from '$lib/server/young-people/feelings';

export const load = async ({ parent }) => {
	const { me } = await parent();
	return { feelings: feelingsOverTime(me.id) };
};
