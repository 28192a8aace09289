import { z } from 'zod';
import { BANK_HOLIDAY_NATIONS } from '$lib/vocabulary';
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
		if (!parsed.success) errors[key] = 'number_invalid';
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

const Holiday = z.object({
	date: z.iso.date('date_invalid'),
	name: z.string().trim().min(1, 'required').max(80, 'too_long')
});

export function readBankHolidayForm(form: FormData): Read<{ date: string; name: string }> {
	const parsed = Holiday.safeParse({ date: form.get('date') ?? '', name: form.get('name') ?? '' });
	if (parsed.success) return { ok: true, values: parsed.data };
	const errors: Record<string, string> = {};
	for (const issue of parsed.error.issues) errors[String(issue.path[0])] ??= issue.message;
	return { ok: false, errors };
}
