import { getSetting } from '../../settings';

/** How Heard reaches the organisation's identity provider, from the environment (README, ADR 26). */
export interface SsoEnvironment {
	issuer: URL;
	clientId: string;
	clientSecret: string;
	/** What the button calls the account, e.g. "your council account"; unset, the page's own words. */
	name: string | null;
}

let warned = false;

/** Plain http only to this machine (a provider run for tests or trying Heard out); anything else must be https. */
export const isLoopback = (url: URL) =>
	url.hostname === 'localhost' || url.hostname === '127.0.0.1' || url.hostname === '[::1]';

/** Read when asked, so the running server follows its environment; null when it is not set up. */
export function ssoEnvironment(env: NodeJS.ProcessEnv = process.env): SsoEnvironment | null {
	const issuerText = env.OIDC_ISSUER?.trim();
	const clientId = env.OIDC_CLIENT_ID?.trim();
	const clientSecret = env.OIDC_CLIENT_SECRET;
	if (!issuerText || !clientId || !clientSecret) return null;
	let issuer: URL;
	try {
		issuer = new URL(issuerText);
	} catch {
		return refuse(`OIDC_ISSUER is not an address: ${issuerText}`);
	}
	if (issuer.protocol !== 'https:' && !(issuer.protocol === 'http:' && isLoopback(issuer)))
		return refuse(`OIDC_ISSUER must be an https:// address: ${issuerText}`);
	return { issuer, clientId, clientSecret, name: env.OIDC_NAME?.trim().slice(0, 60) || null };
}

function refuse(why: string): null {
	// Said once, for whoever runs Heard; single sign-on stays off rather than half-working.
	if (!warned) console.error(`Single sign-on is off: ${why}`);
	warned = true;
	return null;
}

/** Offered on the sign-in page: set up on the server and switched on in Admin → Settings. */
export async function ssoOffered(): Promise<SsoEnvironment | null> {
	const env = ssoEnvironment();
	return env && (await getSetting('ssoEnabled')) ? env : null;
}

/** Only while single sign-on is offered: a setting alone can never shut staff out of every way in. */
export async function staffMustUseSso(): Promise<boolean> {
	return (await ssoOffered()) !== null && (await getSetting('staffSsoRequired'));
}

/** What the settings page shows of the set-up: never the secret. */
export function ssoSetUp(): { name: string | null; issuer: string } | null {
	const env = ssoEnvironment();
	return env && { name: env.name, issuer: env.issuer.href };
}
