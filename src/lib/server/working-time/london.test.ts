import { afterEach, describe, expect, it, vi } from 'vitest';
import { inLondon } from './london';

const clock = new Intl.DateTimeFormat('en-GB', {
	timeZone: 'Europe/London',
	year: 'numeric',
	month: '2-digit',
	day: '2-digit',
	hour: '2-digit',
	minute: '2-digit',
	weekday: 'short',
	hourCycle: 'h23'
});
/** What a clock in London shows, read the slow way, for comparison. */
function shown(at: Date) {
	const p = Object.fromEntries(clock.formatToParts(at).map((x) => [x.type, x.value]));
	return {
		date: `${p.year}-${p.month}-${p.day}`,
		weekday: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(p.weekday!) + 1,
		minutes: Number(p.hour) * 60 + Number(p.minute)
	};
}

afterEach(() => vi.restoreAllMocks());

describe('the time on a clock in London', () => {
	it('is read right in every hour of two years, both clock changes of each included', () => {
		const from = Date.parse('2026-01-01T00:00:00Z');
		for (let t = from; t < from + 2 * 366 * 86_400_000; t += 60 * 60_000) {
			const at = new Date(t + 37 * 60_000 + 7_000);
			expect(inLondon(at)).toEqual(shown(at));
		}
	});

	it('around the clock changes, minute by minute', () => {
		for (const change of ['2026-03-29T01:00:00Z', '2026-10-25T01:00:00Z']) {
			for (let minute = -90; minute <= 90; minute += 1) {
				const at = new Date(Date.parse(change) + minute * 60_000);
				expect(inLondon(at)).toEqual(shown(at));
			}
		}
	});

	it('reads a moment past the year 9999: a meeting kept for 31 December 9999 has feedback due then', () => {
		// Monday 3 January 10000, noon (GMT).
		const at = new Date(Date.UTC(10000, 0, 3, 12, 0));
		expect(inLondon(at)).toMatchObject({ weekday: 1, minutes: 720 });
		const lastMinute = new Date(Date.UTC(9999, 11, 31, 23, 59));
		expect(inLondon(lastMinute)).toEqual(shown(lastMinute));
	});

	it('formats a date at most once an hour: a list of due dates costs no more than the hours it spans', () => {
		const formatted = vi.spyOn(Intl.DateTimeFormat.prototype, 'formatToParts');
		const start = Date.parse('2031-05-06T10:00:00Z');
		for (let i = 0; i < 1000; i += 1) inLondon(new Date(start + i * 3_000));
		expect(formatted.mock.calls.length).toBeLessThanOrEqual(1);
	});
});
