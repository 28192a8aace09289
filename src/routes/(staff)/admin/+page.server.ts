import { countAccounts, listRecentAuditEvents } from '$lib/server/admin/queries';
import { getSetting } from '$lib/server/settings';

export const load = () => ({
	organisation: getSetting('organisationName'),
	counts: countAccounts(),
	recent: listRecentAuditEvents()
});
