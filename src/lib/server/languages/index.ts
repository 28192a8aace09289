import { LANGUAGES, baseLocale, languageOf, type Language, type Locale } from '$lib/languages';
import { getSetting } from '../settings';
import { coverageOf, type Coverage } from './catalogues';

/**
 * Whether a language may be used. English, the language Heard is written in, always is. A
 * reviewed language is on unless an admin turned it off; one nobody has reviewed is off until
 * an admin turns it on, having been told it has not been checked: a wrong word on a safety
 * screen is harm.
 */
export function isTurnedOn(locale: Locale, switches: Record<string, boolean>): boolean {
	if (locale === baseLocale) return true;
	return switches[locale] ?? languageOf(locale).review !== null;
}

/** The languages a page may be drawn in, read once per request. */
export async function enabledLocales(): Promise<Set<Locale>> {
	const switches = await getSetting('languageSwitches');
	return new Set(LANGUAGES.filter((l) => isTurnedOn(l.locale, switches)).map((l) => l.locale));
}

/** The languages a young person may choose from, in their own names. */
export const languagesToChoose = async (): Promise<Language[]> => {
	const enabled = await enabledLocales();
	return LANGUAGES.filter((language) => enabled.has(language.locale));
};

export interface LanguageStatus extends Language, Coverage {
	on: boolean;
	isBase: boolean;
}

/** The admin's view: each language, whether it is on, reviewed, and how much of it is written. */
export async function languageStatuses(): Promise<LanguageStatus[]> {
	const switches = await getSetting('languageSwitches');
	return LANGUAGES.map((language) => ({
		...language,
		...coverageOf(language.locale),
		on: isTurnedOn(language.locale, switches),
		isBase: language.locale === baseLocale
	}));
}
