import { isWorkingDay, type WorkingCalendar } from './calendar';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/**
 * Whole days from a moment to the working day `days` on, by UTC hour and calendar. Every moment
 * of one UTC hour lies on the same UK date (the clocks change on the hour), and so does each day
 * after it, so the walk below is the same for all of them: a report's thousands of meetings, or
 * a list's fifty due dates, walk it once an hour of the day. Kept with the calendar, which is
 * read afresh for each request or report, so a changed working week is never missed.
 */
const walked = new WeakMap<WorkingCalendar, Map<string, number>>();

/**
 * Adds working days, for "we'll read it by …" and overdue: the organisation's working week in
 * UK time, bank holidays of its nation skipped (working-time/calendar.ts). A list passes one
 * calendar for all its rows.
 */
export function addWorkingDays(from: Date, days: number, calendar: WorkingCalendar): Date {
	const hour = Math.floor(from.getTime() / HOUR_MS);
	let known = walked.get(calendar);
	if (!known) walked.set(calendar, (known = new Map()));
	const key = `${days}@${hour}`;
	let whole = known.get(key);
	if (whole === undefined) known.set(key, (whole = daysToWalk(hour * HOUR_MS, days, calendar)));
	return new Date(from.getTime() + whole * DAY_MS);
}

function daysToWalk(start: number, days: number, calendar: WorkingCalendar): number {
	let left = days;
	let walked = 0;
	// A calendar with no working days would never end; a year on is as far as anyone waits.
	while (left > 0 && walked < 366) {
		walked += 1;
		if (isWorkingDay(new Date(start + walked * DAY_MS), calendar)) left -= 1;
	}
	return walked;
}
