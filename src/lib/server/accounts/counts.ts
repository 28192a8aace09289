import { count, isNull } from 'drizzle-orm';
import { db } from '../db';
import { mailOutbox, teams, users, youngPeople } from '../db/schema';

/** The admin home's figures: accounts, records, teams and mail still to send. */

export function countAccounts() {
	const one = (n: { n: number } | undefined) => n?.n ?? 0;
	return {
		staff: one(db().select({ n: count() }).from(users).where(isNull(users.username)).get()),
		youngPeople: one(db().select({ n: count() }).from(youngPeople).get()),
		teams: one(db().select({ n: count() }).from(teams).get()),
		outbox: one(db().select({ n: count() }).from(mailOutbox).where(isNull(mailOutbox.sentAt)).get())
	};
}
