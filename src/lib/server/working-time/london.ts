/** A moment as it reads on a clock in the UK (Europe/London, summer time included). */
export interface LondonTime {
	/** YYYY-MM-DD */
	date: string;
	/** 1 Monday … 7 Sunday */
	weekday: number;
	/** Minutes since midnight. */
	minutes: number;
}

const parts = new Intl.DateTimeFormat('en-GB', {
	timeZone: 'Europe/London',
	year: 'numeric',
	month: '2-digit',
	day: '2-digit',
	hour: '2-digit',
	minute: '2-digit',
	weekday: 'short',
	hourCycle: 'h23'
});
const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

function formattedInLondon(at: Date): LondonTime {
	const p = Object.fromEntries(parts.formatToParts(at).map((x) => [x.type, x.value]));
	return {
		date: `${p.year}-${p.month}-${p.day}`,
		weekday: WEEKDAYS.indexOf(p.weekday ?? '') + 1,
		minutes: Number(p.hour) * 60 + Number(p.minute)
	};
}

const HOUR_MS = 3_600_000;
/**
 * London's offset from UTC, in ms, for each UTC hour asked about. The clocks change on the hour
 * (01:00 UTC), so every moment of one UTC hour has the same offset. Formatting a date is slow
 * (a list of 50 due dates formatted thousands of them); this asks Intl once an hour.
 */
const offsets = new Map<number, number>();

function offsetInHour(hour: number): number {
	let offset = offsets.get(hour);
	if (offset === undefined) {
		const start = new Date(hour * HOUR_MS);
		const clock = formattedInLondon(start);
		// From the date's numbers, not Date.parse: it reads no year past 9999 ("10000-01-01"), and a
		// meeting kept for 31 December 9999 is feedback due in the year 10000.
		const [y = 0, m = 1, d = 1] = clock.date.split('-').map(Number);
		const midnight = new Date(0);
		midnight.setUTCFullYear(y, m - 1, d);
		offset = midnight.getTime() + clock.minutes * 60_000 - start.getTime();
		if (offsets.size > 100_000) offsets.clear();
		offsets.set(hour, offset);
	}
	return offset;
}

export function inLondon(at: Date): LondonTime {
	const local = new Date(at.getTime() + offsetInHour(Math.floor(at.getTime() / HOUR_MS)));
	return {
		date: local.toISOString().slice(0, 10),
		weekday: ((local.getUTCDay() + 6) % 7) + 1,
		minutes: local.getUTCHours() * 60 + local.getUTCMinutes()
	};
}

/** "09:00" → 540. */
export function minutesOf(time: string): number {
	const [h, m] = time.split(':').map(Number);
	return (h ?? 0) * 60 + (m ?? 0);
}
