import { longDay } from '$lib/dates';
import { getSetting } from '../settings';

/**
 * When Heard's accessibility was last tested, as the statement must say. Moved on by whoever
 * re-runs the checks the statement describes (the browser journeys' axe checks, keyboard use,
 * 320 px width and 200% text), not by the calendar.
 */
export const ACCESSIBILITY_LAST_TESTED = '2026-11-30';
export const ACCESSIBILITY_STATEMENT_PREPARED = '2026-11-30';

// Midday, so the day is the same in UK time whatever the season.
const longDate = (isoDay: string) => longDay(`${isoDay}T12:00:00Z`);

export async function accessibilityStatementFacts() {
	return {
		organisation: await getSetting('organisationName'),
		contact: await getSetting('accessibilityContact'),
		lastTested: longDate(ACCESSIBILITY_LAST_TESTED),
		prepared: longDate(ACCESSIBILITY_STATEMENT_PREPARED)
	};
}
