/**
 * A date and time typed into a form ("2026-12-01T10:00") means UK time,
 * whatever zone the server runs in. Returns null when it isn't a real time.
 */
export function fromUkLocalTime(value: string): Date | null {
	if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value)) return null;
	const asUtc = new Date(`${value}:00Z`);
	if (Number.isNaN(asUtc.getTime())) return null;
	const zone = new Intl.DateTimeFormat('en-GB', {
		timeZone: 'Europe/London',
		timeZoneName: 'shortOffset'
	})
		.formatToParts(asUtc)
		.find((p) => p.type === 'timeZoneName')?.value;
	const offsetHours = Number(zone?.replace('GMT', '') || 0);
	return new Date(asUtc.getTime() - offsetHours * 3_600_000);
}
