import { isRealDate, withinYears, yearsOn } from '$lib/dates/typed';

/**
 * How far ahead a meeting may be arranged. Reviews and conferences are set months ahead, not
 * years: a date further on is a slip of the keyboard (9999), and the young person would be asked
 * for their views about it for years.
 */
export const MEETING_YEARS_AHEAD = 2;

/** Past the furthest a meeting may be arranged (a time already passed is refused on its own). */
export const tooFarAhead = (at: Date, now: Date) =>
	at.getTime() > yearsOn(now, MEETING_YEARS_AHEAD).getTime();

/**
 * A young person naming a meeting Heard does not list may add its day; it is kept only when a
 * meeting could be on it: a day the calendar has (not 31 February), no more than a year gone
 * (they may be telling us late), nor further ahead than a meeting may be arranged.
 */
export function couldBeMeetingDay(typed: string, now: Date): boolean {
	if (!isRealDate(typed)) return false;
	return withinYears(new Date(`${typed}T12:00:00Z`), now, { back: 1, ahead: MEETING_YEARS_AHEAD });
}
