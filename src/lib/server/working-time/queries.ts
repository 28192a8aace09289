import { and, asc, eq, gte, lt } from 'drizzle-orm';
import type { BankHolidayNation } from '$lib/vocabulary';
import { db } from '../db';
import { bankHolidays, userRoles, users } from '../db/schema';
import { inLondon } from './london';

/**
 * The nation's bank holidays from today to two years on (what the admin page lists), and the
 * years in that window with none at all: the official list for a new year has to be added.
 */
export async function listBankHolidaysAhead(nation: BankHolidayNation, now: Date) {
	const today = inLondon(now).date;
	const until = `${Number(today.slice(0, 4)) + 2}${today.slice(4)}`;
	const days = await db()
		.select()
		.from(bankHolidays)
		.where(
			and(
				eq(bankHolidays.nation, nation),
				gte(bankHolidays.date, today),
				lt(bankHolidays.date, until)
			)
		)
		.orderBy(asc(bankHolidays.date));
	const years = [0, 1, 2].map((n) => Number(today.slice(0, 4)) + n);
	const missing = years.filter(
		(y) => `${y}-01-01` < until && !days.some((d) => d.date.startsWith(`${y}-`))
	);
	return { days, missing };
}

/** Who an admin may name as the senior manager at the end of the urgent chain: active managers. */
export async function listSeniorManagerChoices() {
	return await db()
		.select({ id: users.id, name: users.displayName })
		.from(users)
		.innerJoin(userRoles, and(eq(userRoles.userId, users.id), eq(userRoles.role, 'manager')))
		.where(eq(users.active, true))
		.orderBy(asc(users.displayName));
}
