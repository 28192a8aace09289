// Made once: toLocaleDateString would build a new formatter on every call.
const SHORT_DATE = new Intl.DateTimeFormat('en-GB', {
	weekday: 'short',
	day: 'numeric',
	month: 'short',
	timeZone: 'Europe/London'
});

/** Dates as a child reads them: "Tue 3 Dec", in the UK's time zone whatever the server's. */
export function shortDate(at: Date | string | number): string {
	return SHORT_DATE.format(new Date(at));
}
