import { and, eq } from 'drizzle-orm';
import type { BankHolidayNation } from '$lib/vocabulary';
import type { SessionUser } from '../auth/session';
import { recordAuditEvent } from '../audit';
import { transaction } from '../db';
import { rowsChanged } from '../db/rows';
import { bankHolidays } from '../db/schema';
import { getSetting, type SettingValue } from '../settings';

/**
 * Admin writes about working time: each one transaction with its audit event. Naming another
 * senior manager gives them a way to read (ADR 10, 27), so the working-hours form is saved by
 * `saveWorkingTime` in accounts/reach-settings.ts, which announces it in the same transaction.
 */

export interface WorkingTime {
	workingHours: SettingValue<'workingHours'>;
	bankHolidayNation: BankHolidayNation;
	dutyEscalationHours: number;
	seniorEscalationHours: number;
	seniorManagerId: string;
}
const KEYS = [
	'workingHours',
	'bankHolidayNation',
	'dutyEscalationHours',
	'seniorEscalationHours',
	'seniorManagerId'
] as const;

export async function currentWorkingTime(): Promise<WorkingTime> {
	return {
		workingHours: await getSetting('workingHours'),
		bankHolidayNation: await getSetting('bankHolidayNation'),
		dutyEscalationHours: await getSetting('dutyEscalationHours'),
		seniorEscalationHours: await getSetting('seniorEscalationHours'),
		seniorManagerId: await getSetting('seniorManagerId')
	};
}

/** The working-time settings that differ from those saved now. */
export async function workingTimeChanged(values: WorkingTime) {
	const before = await currentWorkingTime();
	return KEYS.filter((k) => JSON.stringify(before[k]) !== JSON.stringify(values[k]));
}

export async function addBankHoliday(
	actor: SessionUser,
	holiday: { nation: BankHolidayNation; date: string; name: string },
	now = new Date()
): Promise<void> {
	await transaction(async (tx) => {
		await tx
			.insert(bankHolidays)
			.values(holiday)
			.onConflictDoUpdate({
				target: [bankHolidays.nation, bankHolidays.date],
				set: { name: holiday.name }
			});
		await recordAuditEvent(
			tx,
			{
				actorId: actor.id,
				action: 'bank_holiday_added',
				subjectType: 'bank_holiday',
				detail: holiday
			},
			now
		);
	});
}

export async function removeBankHoliday(
	actor: SessionUser,
	nation: BankHolidayNation,
	date: string,
	now = new Date()
): Promise<boolean> {
	return await transaction(async (tx) => {
		const removed = await tx
			.delete(bankHolidays)
			.where(and(eq(bankHolidays.nation, nation), eq(bankHolidays.date, date)));
		if (rowsChanged(removed) === 0) return false;
		await recordAuditEvent(
			tx,
			{
				actorId: actor.id,
				action: 'bank_holiday_removed',
				subjectType: 'bank_holiday',
				detail: { nation, date }
			},
			now
		);
		return true;
	});
}
