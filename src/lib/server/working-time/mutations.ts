import { and, eq } from 'drizzle-orm';
import type { BankHolidayNation } from '$lib/vocabulary';
import type { SessionUser } from '../auth/session';
import { recordAuditEvent } from '../audit';
import { db } from '../db';
import { bankHolidays } from '../db/schema';
import { getSetting, setSetting, type SettingValue } from '../settings';

/** Admin writes about working time: each one transaction with its audit event. */

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

export function currentWorkingTime(): WorkingTime {
	return {
		workingHours: getSetting('workingHours'),
		bankHolidayNation: getSetting('bankHolidayNation'),
		dutyEscalationHours: getSetting('dutyEscalationHours'),
		seniorEscalationHours: getSetting('seniorEscalationHours'),
		seniorManagerId: getSetting('seniorManagerId')
	};
}

export function saveWorkingTime(actor: SessionUser, values: WorkingTime, now = new Date()): void {
	const before = currentWorkingTime();
	const changed = KEYS.filter((k) => JSON.stringify(before[k]) !== JSON.stringify(values[k]));
	db().transaction((tx) => {
		for (const key of changed) setSetting(tx, key, values[key] as never, now);
		recordAuditEvent(
			tx,
			{
				actorId: actor.id,
				action: 'settings_changed',
				subjectType: 'settings',
				detail: { changed }
			},
			now
		);
	});
}

export function addBankHoliday(
	actor: SessionUser,
	holiday: { nation: BankHolidayNation; date: string; name: string },
	now = new Date()
): void {
	db().transaction((tx) => {
		tx.insert(bankHolidays)
			.values(holiday)
			.onConflictDoUpdate({
				target: [bankHolidays.nation, bankHolidays.date],
				set: { name: holiday.name }
			})
			.run();
		recordAuditEvent(
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

export function removeBankHoliday(
	actor: SessionUser,
	nation: BankHolidayNation,
	date: string,
	now = new Date()
): boolean {
	return db().transaction((tx) => {
		const removed = tx
			.delete(bankHolidays)
			.where(and(eq(bankHolidays.nation, nation), eq(bankHolidays.date, date)))
			.run();
		if (removed.changes === 0) return false;
		recordAuditEvent(
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
