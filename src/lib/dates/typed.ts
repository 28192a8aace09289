/*
 * Dates and times typed into forms. A form's text is checked here before it becomes a Date:
 * `new Date` quietly moves 31 February on to 3 March and reads 24:00 as the next midnight, so a
 * meeting would be kept on a day nobody chose.
 */

const YMD = /^(\d{4})-(\d{2})-(\d{2})$/;
const YMD_HM = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})$/;

/** A calendar day typed as YYYY-MM-DD that exists: 2028-02-29 does, 2027-02-29 and 2027-04-31 do not. */
export function isRealDate(value: string): boolean {
	const match = YMD.exec(value);
	if (!match) return false;
	const [y, m, d] = match.slice(1).map(Number) as [number, number, number];
	// setUTCFullYear, not Date.UTC, which reads the years 0–99 as 1900–1999.
	const at = new Date(0);
	at.setUTCFullYear(y, m - 1, d);
	return at.getUTCFullYear() === y && at.getUTCMonth() === m - 1 && at.getUTCDate() === d;
}

const londonClock = new Intl.DateTimeFormat('en-GB', {
	timeZone: 'Europe/London',
	year: 'numeric',
	month: '2-digit',
	day: '2-digit',
	hour: '2-digit',
	minute: '2-digit',
	hourCycle: 'h23'
});

/** A moment as typed on a UK clock, YYYY-MM-DDTHH:MM. */
function onLondonClock(at: Date): string {
	const p = Object.fromEntries(londonClock.formatToParts(at).map((x) => [x.type, x.value]));
	return `${(p.year ?? '').padStart(4, '0')}-${p.month}-${p.day}T${p.hour}:${p.minute}`;
}

/**
 * A date and time typed into a form ("2026-12-01T10:00") means UK time, whatever zone the server
 * runs in. Returns null when no UK clock ever shows it: not the shape, a day the month lacks,
 * an hour past 23 or a minute past 59, or the hour skipped when the clocks go forward.
 */
export function fromUkLocalTime(value: string): Date | null {
	const match = YMD_HM.exec(value);
	if (!match || !isRealDate(match[1]!) || Number(match[2]) > 23 || Number(match[3]) > 59)
		return null;
	const asUtc = new Date(`${value}:00Z`);
	if (Number.isNaN(asUtc.getTime())) return null;
	const zone = new Intl.DateTimeFormat('en-GB', {
		timeZone: 'Europe/London',
		timeZoneName: 'shortOffset'
	})
		.formatToParts(asUtc)
		.find((p) => p.type === 'timeZoneName')?.value;
	const offsetHours = Number(zone?.replace('GMT', '') || 0);
	// Before 1847 London kept its own mean time ("GMT-0:01:15"), an offset no form needs.
	if (Number.isNaN(offsetHours)) return null;
	const at = new Date(asUtc.getTime() - offsetHours * 3_600_000);
	// 01:30 on the night the clocks go forward never happens: read back, it is another time.
	return onLondonClock(at) === value ? at : null;
}

/** The same moment `years` whole years on from `from` (back, when negative). */
export function yearsOn(from: Date, years: number): Date {
	const at = new Date(from.getTime());
	at.setUTCFullYear(at.getUTCFullYear() + years);
	return at;
}

/**
 * Whether a typed moment lies in the years a form's meaning allows around now: a meeting is not
 * arranged for 9999, nor a bank holiday kept for the year 1. Each form says how far back and ahead.
 */
export function withinYears(at: Date, now: Date, range: { back: number; ahead: number }): boolean {
	return (
		at.getTime() >= yearsOn(now, -range.back).getTime() &&
		at.getTime() <= yearsOn(now, range.ahead).getTime()
	);
}
