import { describe, expect, it } from 'vitest';
import { numberRangeWords } from '$lib/forms/number-range';
import { readSettingsForm, settingsNumberRanges } from './form';
import { numberRange } from './index';

/** The settings form as an administrator sends it, with these numbers typed in. */
const sent = (numbers: Record<string, string>) => {
	const form = new FormData();
	form.set('organisationName', 'Glenbrae Council');
	form.set('contact0_name', 'Childline');
	form.set('contact0_number', '0800 1111');
	const typed: Record<string, string> = {
		responseWorkingDays: '2',
		meetingFeedbackWorkingDays: '5',
		escalationHours: '2',
		suppressionThreshold: '5',
		retentionMonths: '72',
		complaintResponseWorkingDays: '5',
		...numbers
	};
	for (const [key, value] of Object.entries(typed)) form.set(key, value);
	return form;
};

describe('a number setting refused', () => {
	it('is told with its own range, and whether it may have a fraction', () => {
		const ranges = settingsNumberRanges();
		expect(ranges.escalationHours).toEqual({ min: 0.25, max: 48, whole: false });
		expect(ranges.retentionMonths).toEqual({ min: 1, max: 1200, whole: true });
		expect(ranges.suppressionThreshold).toEqual({ min: 2, max: 20, whole: true });
		expect(numberRange('dutyEscalationHours')).toEqual({ min: 0.25, max: 48, whole: false });
		expect(numberRangeWords(ranges.escalationHours)).toBe(
			'Enter a number from 0.25 to 48. It can have a fraction, such as 1.5.'
		);
		expect(numberRangeWords(ranges.retentionMonths)).toBe('Enter a whole number from 1 to 1200.');
	});

	it('is refused out of range, or as a fraction where only a whole number is allowed', async () => {
		const read = await readSettingsForm(
			sent({ escalationHours: '100', retentionMonths: '2.5', responseWorkingDays: '' })
		);
		expect(read).toEqual({
			ok: false,
			errors: {
				escalationHours: 'number_range',
				retentionMonths: 'number_range',
				responseWorkingDays: 'number_range'
			}
		});
	});

	it('is kept as typed when a fraction is allowed', async () => {
		const read = await readSettingsForm(sent({ escalationHours: '1.5' }));
		expect(read.ok && read.settings.escalationHours).toBe(1.5);
	});
});
