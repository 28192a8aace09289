import { describe, expect, it } from 'vitest';
import { readBankHolidayForm } from './form';

const now = new Date('2026-06-15T12:00:00Z');
const read = (date: string, name = 'Local day') => {
	const form = new FormData();
	form.set('date', date);
	form.set('name', name);
	return readBankHolidayForm(form, now);
};

describe('a bank holiday an admin adds', () => {
	it('is a day the calendar has, within five years of today', () => {
		for (const date of ['2026-12-28', '2028-02-29', '2021-06-15', '2031-06-15'])
			expect(read(date), date).toEqual({ ok: true, values: { date, name: 'Local day' } });
	});

	it('is refused, not moved, when the month has no such day', () => {
		for (const date of ['2027-02-31', '2027-02-29', '2026-04-31', '2026-13-01'])
			expect(read(date), date).toEqual({ ok: false, errors: { date: 'date_invalid' } });
	});

	it('is refused when years off: no deadline ever meets the year 1 or 9999', () => {
		for (const date of ['0001-01-01', '2021-06-14', '2031-06-16', '9999-12-31'])
			expect(read(date), date).toEqual({ ok: false, errors: { date: 'holiday_out_of_range' } });
	});
});
