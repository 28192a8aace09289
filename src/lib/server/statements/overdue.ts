import type { WorkingCalendar } from '../working-time/calendar';
import { addWorkingDays } from '../working-time/working-days';

/**
 * An unread statement is overdue once the response time (in working days: the working week,
 * bank holidays skipped) has passed since it was sent.
 */
export function isOverdue(
	s: { sentAt: Date; firstReadAt: Date | null },
	responseWorkingDays: number,
	now: Date,
	calendar: WorkingCalendar
): boolean {
	if (s.firstReadAt) return false;
	return now.getTime() > addWorkingDays(s.sentAt, responseWorkingDays, calendar).getTime();
}
