import { suppressSmallCount } from '$lib/server/reports/disclosure';
import { listYouSaidWeDid, summariseReach } from '$lib/server/reports/queries';
import { getSetting } from '$lib/server/settings';

export const load = () => {
	const threshold = getSetting('suppressionThreshold');
	const reach = summariseReach();
	return {
		threshold,
		reach: {
			allocated: suppressSmallCount(reach.allocated, threshold),
			withAccount: suppressSmallCount(reach.withAccount, threshold),
			recent: suppressSmallCount(reach.recent, threshold)
		},
		youSaidWeDid: listYouSaidWeDid()
	};
};
