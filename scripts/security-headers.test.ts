import { describe, expect, it } from 'vitest';
import { securityHeaders } from './security-headers.js';

describe('the security headers', () => {
	it('forbid sniffing and framing everywhere', () => {
		for (const https of [true, false]) {
			expect(securityHeaders(https)).toMatchObject({
				'x-content-type-options': 'nosniff',
				'x-frame-options': 'DENY'
			});
		}
	});

	it('ask browsers to keep to https only when the site is served over https', () => {
		expect(securityHeaders(true)['strict-transport-security']).toBe(
			'max-age=31536000; includeSubDomains'
		);
		expect(securityHeaders(false)).not.toHaveProperty('strict-transport-security');
	});
});
