import { countAccounts } from '$lib/server/accounts/counts';
import { listRecentAuditEvents } from '$lib/server/audit/log';
import { getSetting } from '$lib/server/settings';

export const load = async () => ({
	organisation: await getSetting('organisationName'),
	counts: await countAccounts(),
	recent: await listRecentAuditEvents()
});
