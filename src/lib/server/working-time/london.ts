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

export function inLondon(at: Date): LondonTime {
	const p = Object.fromEntries(parts.formatToParts(at).map((x) => [x.type, x.value]));
	return {
		date: `${p.year}-${p.month}-${p.day}`,
		weekday: WEEKDAYS.indexOf(p.weekday ?? '') + 1,
		minutes: Number(p.hour) * 60 + Number(p.minute)
	};
}

/** "09:00" → 540. */
export function minutesOf(time: string): number {
	const [h, m] = time.split(':').map(Number);
	return (h ?? 0) * 60 + (m ?? 0);
}
