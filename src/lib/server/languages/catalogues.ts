import { LANGUAGES, baseLocale, type Locale } from '$lib/languages';

/**
 * The messages a young person meets: every page of theirs, the pages before signing in, and
 * from admin.json the activation letter (`adm_letter_`) and their own words (`adm_me_`), but
 * not the letter's staff-side buttons. Staff pages stay in English.
 */
const STAFF_SIDE_OF_THE_LETTER = new Set([
	'adm_letter_ask',
	'adm_letter_asked',
	'adm_letter_nobody'
]);
// Mail to the complaints team is written in Heard's staff language, not the young person's.
const STAFF_MAIL = /^complaint_mail_/;
export function isYoungPersonMessage(file: string, key: string): boolean {
	if (file === 'common' || file === 'young-person')
		return key !== '$schema' && !STAFF_MAIL.test(key);
	return file === 'admin' && /^adm_(letter|me)_/.test(key) && !STAFF_SIDE_OF_THE_LETTER.has(key);
}
const FILES_WITH_YOUNG_PERSON_MESSAGES = ['common', 'young-person', 'admin'];

// Bundled when Heard is built, so the counts need no files beside the running server.
const FILES = import.meta.glob<Record<string, unknown>>('/messages/*/*.json', {
	eager: true,
	import: 'default'
});

function catalogue(locale: Locale, name: string): Record<string, unknown> {
	return FILES[`/messages/${locale}/${name}.json`] ?? {};
}

const written = (value: unknown) =>
	(typeof value === 'string' && value.trim() !== '') || (Array.isArray(value) && value.length > 0);

function keysOf(locale: Locale): Map<string, unknown> {
	return new Map(
		FILES_WITH_YOUNG_PERSON_MESSAGES.flatMap((name) =>
			Object.entries(catalogue(locale, name)).filter(([key]) => isYoungPersonMessage(name, key))
		)
	);
}

const englishKeys = [...keysOf(baseLocale).keys()];

export interface Coverage {
	locale: Locale;
	/** Messages a young person can meet. */
	total: number;
	/** Of those, how many this language has no words for yet: they show in English. */
	missing: number;
}

export function coverageOf(locale: Locale): Coverage {
	const own = keysOf(locale);
	const missing = englishKeys.filter((key) => !written(own.get(key))).length;
	return { locale, total: englishKeys.length, missing };
}

export const coverageOfEveryLanguage = (): Coverage[] =>
	LANGUAGES.map((language) => coverageOf(language.locale));
