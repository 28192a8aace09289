/** Adds working days (Monday to Friday), for "we'll read it by …". Bank holidays are not known here. */
export function addWorkingDays(from: Date, days: number): Date {
	const date = new Date(from);
	let left = days;
	while (left > 0) {
		date.setUTCDate(date.getUTCDate() + 1);
		const day = date.getUTCDay();
		if (day !== 0 && day !== 6) left -= 1;
	}
	return date;
}
