import { z } from 'zod';
import { BANK_HOLIDAY_NATIONS } from '$lib/vocabulary';
import { withinYears } from '$lib/dates/typed';
import { settingShape } from '../settings';
import type { WorkingTime } from './mutations';
import { listSeniorManagerChoices } from './queries';

/** The working-time forms, each field checked against its setting's own shape (settings/index.ts). */

type Read<T> = { ok: true; values: T } | { ok: false; errors: Record<string, string> };

export async function readWorkingTimeForm(form: FormData): Promise<Read<WorkingTime>> {
	const errors: Record<string, string> = {};
	const text = (key: string) => String(form.get(key) ?? '').trim();
	const days = form
		.getAll('days')
		.map(Number)
		.filter((d) => Number.isInteger(d) && d >= 1 && d <= 7);
	const hours = settingShape('workingHours').safeParse({
		days: [...new Set(days)].sort(),
		start: text('start'),
		end: text('end')
	});
	if (!hours.success) {
		for (const issue of hours.error.issues) {
			const field = String(issue.path[0] ?? 'end');
			errors[field] = issue.message === 'end_before_start' ? 'end_before_start' : 'time_invalid';
		}
	}
	const nation = z.enum(BANK_HOLIDAY_NATIONS).safeParse(text('nation'));
	if (!nation.success) errors.nation = 'choose_one';
	const number = (key: 'dutyEscalationHours' | 'seniorEscalationHours') => {
		const raw = text(key);
		const parsed = settingShape(key).safeParse(raw === '' ? NaN : Number(raw));
		// Said with the setting's own range beside the field (numberRangeWords).
		if (!parsed.success) errors[key] = 'number_range';
		return parsed.data ?? 0;
	};
	const dutyEscalationHours = number('dutyEscalationHours');
	const seniorEscalationHours = number('seniorEscalationHours');
	const seniorManagerId = text('seniorManagerId');
	if (seniorManagerId && !(await listSeniorManagerChoices()).some((c) => c.id === seniorManagerId))
		errors.seniorManagerId = 'choose_one';
	if (Object.keys(errors).length > 0 || !hours.success || !nation.success)
		return { ok: false, errors };
	return {
		ok: true,
		values: {
			workingHours: hours.data,
			bankHolidayNation: nation.data,
			dutyEscalationHours,
			seniorEscalationHours,
			seniorManagerId
		}
	};
}

/**
 * A bank holiday counts in working days around now: statements waiting, meetings' feedback. One
 * years off (the year 1, 9999) is a slip of the keyboard that no deadline would ever meet; the
 * message (adm_err_holiday_out_of_range) names these years.
 */
const HOLIDAY_YEARS = { back: 5, ahead: 5 };

const holiday = (now: Date) =>
	z.object({
		// z.iso.date takes only days the calendar has: 2027-02-31 is refused, not moved to March.
		date: z.iso
			.date('date_invalid')
			.refine(
				(d) => withinYears(new Date(`${d}T12:00:00Z`), now, HOLIDAY_YEARS),
				'holiday_out_of_range'
			),
		name: z.string().trim().min(1, 'required').max(80, 'too_long')
	});

export function readBankHolidayForm(
	form: FormData,
	now = new Date()
): Read<{ date: string; name: string }> {
	const parsed = holiday(now).safeParse({
		date: form.get('date') ?? '',
		name: form.get('name') ?? ''
	});
	if (parsed.success) return { ok: true, values: parsed.data };
	const errors: Record<string, string> = {};
	for (const issue of parsed.error.issues) errors[String(issue.path[0])] ??= issue.message;
	return { ok: false, errors };
}
