import { getSetting } from '../settings';

/** How long an archived record's words are kept, in whole years where the setting allows. */
export function retentionPeriod(months: number): { unit: 'years' | 'months'; count: number } {
	return months % 12 === 0
		? { unit: 'years', count: months / 12 }
		: { unit: 'months', count: months };
}

/** What the privacy notices say that an admin sets: who runs Heard, how long words are kept. */
export async function privacyNoticeFacts() {
	return {
		organisation: await getSetting('organisationName'),
		retention: retentionPeriod(await getSetting('retentionMonths')),
		complaintsEmail: await getSetting('complaintsEmail')
	};
}
