/**
 * The time Heard acts on when it stamps what people do (a statement sent, an urgent statement
 * acknowledged) and when the urgent chain runs. HEARD_CLOCK_START (an ISO instant) starts this
 * clock at that moment when the server starts, and it runs on from there, so a browser test can
 * send a statement "at 23:00 on a Saturday" on any day (docs/adr/0027). Unset, it is the real time.
 */
const start = process.env.HEARD_CLOCK_START;
const offsetMs = start && !Number.isNaN(Date.parse(start)) ? Date.parse(start) - Date.now() : 0;

if (offsetMs !== 0) console.warn(`Heard's clock starts at ${start} (HEARD_CLOCK_START is set).`);

export function currentTime(): Date {
	return new Date(Date.now() + offsetMs);
}
