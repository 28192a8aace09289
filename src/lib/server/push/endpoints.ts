/**
 * Where a phone's push subscription may point. The server sends to it, so it must be a real push
 * service and never an address inside the organisation's network: https, at the push services
 * browsers use. PUSH_EXTRA_ORIGINS adds origins (comma separated), e.g. a test push service.
 */
const PUSH_SERVICE_HOSTS = [
	'fcm.googleapis.com',
	'android.googleapis.com',
	'updates.push.services.mozilla.com',
	'push.apple.com',
	'notify.windows.com'
];

const MAX_ENDPOINT = 1000;

export function isPushServiceEndpoint(endpoint: string): boolean {
	if (endpoint.length > MAX_ENDPOINT || !URL.canParse(endpoint)) return false;
	const url = new URL(endpoint);
	const extra = (process.env.PUSH_EXTRA_ORIGINS ?? '')
		.split(',')
		.map((origin) => origin.trim())
		.filter(Boolean);
	if (extra.includes(url.origin)) return true;
	if (url.protocol !== 'https:' || url.port !== '') return false;
	return PUSH_SERVICE_HOSTS.some(
		(host) => url.hostname === host || url.hostname.endsWith(`.${host}`)
	);
}
