import { m } from '$lib/paraglide/messages.js';
import { currentLocale, type Locale } from '$lib/locale';

/**
 * Spans of time in words. Each count goes to a plural message, so each
 * language chooses its own form for 1, 2, 5 or 22 hours.
 */
const HOUR = 3_600_000;

/** Whether a statement came before its meeting, and how long before, for the inbox. */
export function beforeMeetingWords(
	sentAt: Date,
	meetingAt: Date | null,
	locale: Locale = currentLocale()
): string {
	const options = { locale };
	if (!meetingAt) return m.staff_no_meeting({}, options);
	const hours = Math.floor((meetingAt.getTime() - sentAt.getTime()) / HOUR);
	if (hours < 0) return m.staff_after_meeting({}, options);
	if (hours < 48) return m.staff_before_meeting_hours({ hours }, options);
	return m.staff_before_meeting_days({ days: Math.floor(hours / 24) }, options);
}

/** When views reached their meeting, plainly, for the meeting pack and the file: "3 days before the meeting". */
export function timingForMeetingWords(
	sentAt: Date,
	meetingAt: Date,
	locale: Locale = currentLocale()
): string {
	const options = { locale };
	const hours = Math.floor((meetingAt.getTime() - sentAt.getTime()) / HOUR);
	if (sentAt.getTime() > meetingAt.getTime()) return m.staff_timing_after_meeting({}, options);
	if (hours < 1) return m.staff_timing_within_hour({}, options);
	if (hours < 48) return m.staff_timing_hours_before({ hours }, options);
	return m.staff_timing_days_before({ days: Math.floor(hours / 24) }, options);
}

/** How long something has waited, in the largest whole unit that reads naturally: "45 minutes", "5 hours", "3 days". */
export function waitedWords(since: Date, now: Date, locale: Locale = currentLocale()): string {
	const options = { locale };
	// Under a minute still reads as a minute: "0 minutes" would look like nothing waited.
	const minutes = Math.max(1, Math.floor((now.getTime() - since.getTime()) / 60_000));
	if (minutes < 60) return m.staff_waited_minutes({ minutes }, options);
	const hours = Math.floor(minutes / 60);
	if (hours < 48) return m.staff_waited_hours({ hours }, options);
	return m.staff_waited_days({ days: Math.floor(hours / 24) }, options);
}
