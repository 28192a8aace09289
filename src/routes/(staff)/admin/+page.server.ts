import { countAccounts, listRecentAuditEvents } from '$lib/server/accounts/counts';
import { getSetting } from '$lib/server/settings';

export const load = () => ({
	organisation: getSetting('organisationName'),
	counts: countAccounts(),
	recent: listRecentAuditEvents()
});
