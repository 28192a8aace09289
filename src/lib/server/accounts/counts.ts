import { count, isNull } from 'drizzle-orm';
import { db } from '../db';
import { mailOutbox, teams, users, youngPeople } from '../db/schema';

/** The admin home's figures: accounts, records, teams and mail still to send. */

export async function countAccounts() {
	const one = (n: { n: number } | undefined) => n?.n ?? 0;
	return {
		staff: one(
			(await db().select({ n: count() }).from(users).where(isNull(users.username)).limit(1))[0]
		),
		youngPeople: one((await db().select({ n: count() }).from(youngPeople).limit(1))[0]),
		teams: one((await db().select({ n: count() }).from(teams).limit(1))[0]),
		outbox: one(
			(
				await db().select({ n: count() }).from(mailOutbox).where(isNull(mailOutbox.sentAt)).limit(1)
			)[0]
		)
	};
}
