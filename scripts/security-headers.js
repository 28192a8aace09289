// The security headers every response carries: pages and endpoints get them from
// hooks.server.ts, static files (served by adapter-node before the hooks run) from
// scripts/start.js. One definition, so the two can never drift apart.

/** @type {Readonly<Record<string, string>>} */
const ALWAYS = {
	'x-content-type-options': 'nosniff',
	'x-frame-options': 'DENY',
	// same-origin, not no-referrer: with no-referrer browsers send "Origin: null" on form posts,
	// which the cross-site check must refuse. Nothing is sent to other sites either way.
	'referrer-policy': 'same-origin',
	'cross-origin-opener-policy': 'same-origin',
	'cross-origin-resource-policy': 'same-origin',
	// The microphone for this site's own pages only: a child may record a voice note (ADR 37).
	'permissions-policy': 'camera=(), microphone=(self), geolocation=(), interest-cohort=()'
};

/**
 * @param {boolean} https whether the site is served over https (HSTS over plain http would be ignored or, behind
 *   a misconfigured proxy, lock people out of a site that has no certificate)
 * @returns {Record<string, string>}
 */
export function securityHeaders(https) {
	return https
		? { ...ALWAYS, 'strict-transport-security': 'max-age=31536000; includeSubDomains' }
		: { ...ALWAYS };
}
