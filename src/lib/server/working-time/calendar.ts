import { eq, sql } from 'drizzle-orm';
import type { Reader } from '../db';
import { preparedOnce } from '../db/prepared';
import { readOncePerRequest } from '../db/request-reads';
import { bankHolidays } from '../db/schema';
import { getSetting } from '../settings';
import { inLondon, minutesOf } from './london';

/**
 * The organisation's working week and its nation's bank holidays (settings and the
 * bank_holidays table, both kept by an administrator). They decide which days count as working
 * days ("we'll read it by …", overdue) and whether an urgent statement is sent out of hours,
 * when the out-of-hours team is told as well.
 */
export interface WorkingCalendar {
	/** 1 Monday … 7 Sunday */
	days: ReadonlySet<number>;
	startMinutes: number;
	endMinutes: number;
	holidays: ReadonlySet<string>;
}

const holidaysOf = preparedOnce((database) =>
	database
		.select({ date: bankHolidays.date })
		.from(bankHolidays)
		.where(eq(bankHolidays.nation, sql.placeholder('nation')))
		.prepare()
);

/** Read once per request or per list, and passed to the checks below; inside a transaction, through its handle. */
export async function workingCalendar(reader?: Reader): Promise<WorkingCalendar> {
	const hours = await getSetting('workingHours', reader);
	const nation = await getSetting('bankHolidayNation', reader);
	const holidays = reader
		? await reader
				.select({ date: bankHolidays.date })
				.from(bankHolidays)
				.where(eq(bankHolidays.nation, nation))
		: await readOncePerRequest(`holidays:${nation}`, () => holidaysOf().all({ nation }));
	return {
		days: new Set(hours.days),
		startMinutes: minutesOf(hours.start),
		endMinutes: minutesOf(hours.end),
		holidays: new Set(holidays.map((h) => h.date))
	};
}

/** A working day in the UK: one of the working week's days and not a bank holiday. */
export function isWorkingDay(at: Date, calendar: WorkingCalendar): boolean {
	const day = inLondon(at);
	return calendar.days.has(day.weekday) && !calendar.holidays.has(day.date);
}

/** Outside working hours: a day off, a bank holiday, or before or after the working day. */
export function isOutOfHours(at: Date, calendar: WorkingCalendar): boolean {
	const day = inLondon(at);
	if (!calendar.days.has(day.weekday) || calendar.holidays.has(day.date)) return true;
	return day.minutes < calendar.startMinutes || day.minutes >= calendar.endMinutes;
}
