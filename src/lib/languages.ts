import metadata from '../../messages/languages.json';
import { baseLocale, isLocale, locales, type Locale } from '$lib/paraglide/runtime.js';

/** Who read a language's catalogue through for Heard and when; null until someone has. */
export interface Review {
	by: string;
	on: string;
}

export interface Language {
	locale: Locale;
	/** The language's own name in its own script, as its readers look for it. */
	name: string;
	dir: 'ltr' | 'rtl';
	review: Review | null;
}

type Metadata = Record<string, { name: string; dir: string; review: Review | null }>;
const META = metadata as Metadata;

/**
 * Every language Heard has a catalogue for, in the order of project.inlang's locales. The
 * metadata (messages/languages.json) travels with the catalogues, so a review is recorded
 * where the translation is.
 */
export const LANGUAGES: readonly Language[] = locales.map((locale) => {
	const entry = META[locale];
	return {
		locale,
		name: entry?.name ?? locale,
		dir: entry?.dir === 'rtl' ? 'rtl' : 'ltr',
		review: entry?.review ?? null
	};
});

const BY_LOCALE = new Map(LANGUAGES.map((language) => [language.locale, language]));

export const languageOf = (locale: Locale): Language => BY_LOCALE.get(locale)!;

export const directionOf = (locale: Locale): 'ltr' | 'rtl' => languageOf(locale).dir;

/** A stored or posted language tag, if it names one of ours. */
export const asLocale = (value: unknown): Locale | null =>
	typeof value === 'string' && isLocale(value) ? value : null;

export { baseLocale, type Locale };
