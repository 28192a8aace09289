import { isWorkingDay, type WorkingCalendar } from '../working-time/calendar';

/**
 * Adds working days, for "we'll read it by …" and overdue: the organisation's working week in
 * UK time, bank holidays of its nation skipped (working-time/calendar.ts). A list passes one
 * calendar for all its rows.
 */
export function addWorkingDays(from: Date, days: number, calendar: WorkingCalendar): Date {
	const date = new Date(from);
	let left = days;
	// A calendar with no working days would never end; a year on is as far as anyone waits.
	for (let guard = 0; left > 0 && guard < 366; guard++) {
		date.setUTCDate(date.getUTCDate() + 1);
		if (isWorkingDay(date, calendar)) left -= 1;
	}
	return date;
}
