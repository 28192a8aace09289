import { m } from '$lib/paraglide/messages.js';

const KIND: Record<string, () => string> = {
	phone: m.device_phone,
	tablet: m.device_tablet,
	computer: m.device_computer
};

/** "A phone: Chrome on Android", from the coarse words kept at sign-in. */
export function deviceWords(d: { deviceKind: string; browser: string; system: string }): string {
	const kind = (KIND[d.deviceKind] ?? m.device_unknown)();
	if (!d.browser) return kind;
	return d.system
		? m.device_browser_on({ kind, browser: d.browser, system: d.system })
		: m.device_browser({ kind, browser: d.browser });
}
