import { eq } from 'drizzle-orm';
import { baseLocale, type Locale } from '$lib/languages';
import type { SessionUser } from '../auth/session';
import { recordAuditEvent } from '../audit';
import { transaction } from '../db';
import { youngPeople } from '../db/schema';
import { getSetting, setSetting } from '../settings';
import { findVisibleYoungPerson } from '../staff/scope-prepared';

/** An admin turns a language on or off for everyone. English cannot be turned off. */
export async function switchLanguage(
	actor: SessionUser,
	locale: Locale,
	on: boolean,
	now = new Date()
): Promise<void> {
	if (locale === baseLocale) return;
	const switches = { ...(await getSetting('languageSwitches')), [locale]: on };
	await transaction(async (tx) => {
		await setSetting(tx, 'languageSwitches', switches, now);
		await recordAuditEvent(
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
export async function chooseLanguage(youngPersonId: string, locale: Locale): Promise<void> {
	await transaction((tx) =>
		tx.update(youngPeople).set({ language: locale }).where(eq(youngPeople.id, youngPersonId))
	);
}

export type SetLanguageResult = 'saved' | 'unchanged' | 'not_found';

/**
 * A worker or manager who can see the young person sets the language on their record, as the
 * young person would in their settings (for a child who cannot yet, or before they have an
 * account); audited with the language it replaced. Archived records stay as they are.
 */
export async function setLanguageOnRecord(
	actor: SessionUser,
	youngPersonId: string,
	locale: Locale,
	now = new Date()
): Promise<SetLanguageResult> {
	return await transaction(async (tx) => {
		const person = await findVisibleYoungPerson(actor, youngPersonId, {}, tx);
		if (!person) return 'not_found';
		if (person.language === locale) return 'unchanged';
		await tx.update(youngPeople).set({ language: locale }).where(eq(youngPeople.id, person.id));
		await recordAuditEvent(
			tx,
			{
				actorId: actor.id,
				action: 'young_person_language_set',
				subjectType: 'young_person',
				subjectId: person.id,
				youngPersonId: person.id,
				detail: { from: person.language, to: locale }
			},
			now
		);
		return 'saved';
	});
}
