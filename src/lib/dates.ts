/** Dates as a child reads them: "Tue 3 Dec", in the UK's time zone whatever the server's. */
export function shortDate(at: Date | string | number): string {
	return new Date(at).toLocaleDateString('en-GB', { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'Europe/London' });
}
