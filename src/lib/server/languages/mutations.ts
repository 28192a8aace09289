import { eq } from 'drizzle-orm';
import { baseLocale, type Locale } from '$lib/languages';
import type { SessionUser } from '../auth/session';
import { recordAuditEvent } from '../audit';
import { db } from '../db';
import { youngPeople } from '../db/schema';
import { getSetting, setSetting } from '../settings';

/** An admin turns a language on or off for everyone. English cannot be turned off. */
export function switchLanguage(
	actor: SessionUser,
	locale: Locale,
	on: boolean,
	now = new Date()
): void {
	if (locale === baseLocale) return;
	const switches = { ...getSetting('languageSwitches'), [locale]: on };
	db().transaction((tx) => {
		setSetting(tx, 'languageSwitches', switches, now);
		recordAuditEvent(
			tx,
			{
				actorId: actor.id,
				action: 'language_switched',
				subjectType: 'language',
				subjectId: locale,
				detail: { on }
			},
			now
		);
	});
}

/** The language a young person's pages are drawn in, kept on their record so it follows them to any phone. */
export function chooseLanguage(youngPersonId: string, locale: Locale): void {
	db().update(youngPeople).set({ language: locale }).where(eq(youngPeople.id, youngPersonId)).run();
}
