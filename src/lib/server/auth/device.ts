import Bowser from 'bowser';

export type DeviceKind = 'phone' | 'tablet' | 'computer' | 'unknown';
export interface Device {
	deviceKind: DeviceKind;
	browser: string;
	system: string;
}

const NAME_MAX = 40;
const KIND: Record<string, DeviceKind> = { mobile: 'phone', tablet: 'tablet', desktop: 'computer' };
const UNKNOWN: Device = { deviceKind: 'unknown', browser: '', system: '' };

/**
 * What signed in, in words a person recognises ("a phone, Chrome on Android"), read once from the
 * User-Agent at sign-in (ADR 29). Only names are kept, never versions, so the label says which of
 * your phones and computers this is without becoming a fingerprint; the header itself is not kept.
 */
export function describeDevice(userAgent: string | null | undefined): Device {
	const ua = (userAgent ?? '').slice(0, 1000);
	if (!ua.trim()) return UNKNOWN;
	try {
		const parsed = Bowser.parse(ua);
		return {
			deviceKind: KIND[parsed.platform.type ?? ''] ?? 'unknown',
			browser: (parsed.browser.name ?? '').slice(0, NAME_MAX),
			system: (parsed.os.name ?? '').slice(0, NAME_MAX)
		};
	} catch {
		return UNKNOWN;
	}
}
