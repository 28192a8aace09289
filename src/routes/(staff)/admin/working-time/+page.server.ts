import { fail } from '@sveltejs/kit';
import { BANK_HOLIDAY_NATIONS } from '$lib/vocabulary';
import { requireRole } from '$lib/http/require-role';
import { mediumDay } from '$lib/dates';
import { currentTime } from '$lib/server/clock';
import { getSetting, numberRange } from '$lib/server/settings';
import { readBankHolidayForm, readWorkingTimeForm } from '$lib/server/working-time/form';
import {
	addBankHoliday,
	currentWorkingTime,
	removeBankHoliday
} from '$lib/server/working-time/mutations';
import { saveWorkingTime } from '$lib/server/accounts/reach-settings';
import { listBankHolidaysAhead, listSeniorManagerChoices } from '$lib/server/working-time/queries';

export const load = async () => {
	const current = await currentWorkingTime();
	const { days, missing } = await listBankHolidaysAhead(current.bankHolidayNation, currentTime());
	return {
		current,
		escalationHours: await getSetting('escalationHours'),
		ranges: {
			dutyEscalationHours: numberRange('dutyEscalationHours'),
			seniorEscalationHours: numberRange('seniorEscalationHours')
		},
		holidays: days.map((d) => ({
			date: d.date,
			name: d.name,
			words: mediumDay(new Date(`${d.date}T12:00:00Z`))
		})),
		missingYears: missing,
		seniorChoices: await listSeniorManagerChoices()
	};
};

export const actions = {
	hours: async ({ request, locals }) => {
		const actor = requireRole(locals.user, 'admin');
		const read = await readWorkingTimeForm(await request.formData());
		if (!read.ok) return fail(400, { hours: { errors: read.errors } });
		await saveWorkingTime(actor, read.values);
		return { hoursSaved: true };
	},
	add: async ({ request, locals }) => {
		const actor = requireRole(locals.user, 'admin');
		const form = await request.formData();
		const typed = { date: String(form.get('date') ?? ''), name: String(form.get('name') ?? '') };
		const read = readBankHolidayForm(form);
		if (!read.ok) return fail(400, { add: { values: typed, errors: read.errors } });
		await addBankHoliday(actor, { nation: await getSetting('bankHolidayNation'), ...read.values });
		return { added: read.values.name };
	},
	remove: async ({ request, locals }) => {
		const actor = requireRole(locals.user, 'admin');
		const form = await request.formData();
		const date = String(form.get('date') ?? '');
		const nation = await getSetting('bankHolidayNation');
		if (!BANK_HOLIDAY_NATIONS.includes(nation) || !(await removeBankHoliday(actor, nation, date)))
			return fail(404, { removeMissing: true });
		return { removed: date };
	}
};
