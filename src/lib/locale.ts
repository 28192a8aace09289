import { getLocale, type Locale } from '$lib/paraglide/runtime.js';

export type { Locale };

/**
 * The language a page is being written in. Every label, count and date takes
 * a locale and defaults to this, so per-request languages change only how
 * Paraglide resolves it, never the call sites.
 */
export const currentLocale = (): Locale => getLocale();
