import { getSetting } from '$lib/server/settings';
import { securityTxt } from '$lib/server/notices/security-txt';

export const GET = async ({ url }) => {
	const text = securityTxt(await getSetting('securityContact'), url.origin);
	if (!text) return new Response('No security contact has been set.', { status: 404 });
	return new Response(text, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
};
