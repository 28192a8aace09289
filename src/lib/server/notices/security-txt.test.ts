import { describe, expect, it } from 'vitest';
import { securityTxt } from './security-txt';

describe('securityTxt', () => {
	const now = new Date('2026-11-30T02:00:00Z');

	it('names the contact, an expiry under a year ahead and where the file lives', () => {
		const text = securityTxt('security@council.example', 'https://heard.council.example', now)!;
		expect(text).toContain('Contact: mailto:security@council.example\n');
		expect(text).toContain('Canonical: https://heard.council.example/.well-known/security.txt');
		const expires = new Date(/Expires: (\S+)/.exec(text)![1]!);
		expect(expires.getTime()).toBeGreaterThan(now.getTime());
		expect(expires.getTime() - now.getTime()).toBeLessThan(365 * 24 * 60 * 60 * 1000);
	});

	it('is not written without a contact', () => {
		expect(securityTxt('', 'https://heard.council.example', now)).toBeNull();
	});
});
