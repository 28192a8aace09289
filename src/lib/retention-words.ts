import { m } from '$lib/paraglide/messages.js';

/** "6 years", "1 year", "18 months": how long words are kept, for the privacy notices. */
export function retentionWords({ unit, count }: { unit: 'years' | 'months'; count: number }) {
	if (unit === 'years') return count === 1 ? m.privacy_one_year() : m.privacy_years({ count });
	return count === 1 ? m.privacy_one_month() : m.privacy_months({ count });
}
