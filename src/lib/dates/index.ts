import { currentLocale, type Locale } from '$lib/locale';

/**
 * Every date Heard shows is written here, in the page's language and always in
 * UK time, whatever zone the server or the browser runs in.
 */
export const TIME_ZONE = 'Europe/London';

const STYLES = {
	/** "Tue 3 Dec": what a child reads. */
	short: { weekday: 'short', day: 'numeric', month: 'short' },
	/** "Mon, 13 Jan 2025, 11:00": staff need the year and the time. */
	dateTime: {
		weekday: 'short',
		day: 'numeric',
		month: 'short',
		year: 'numeric',
		hour: '2-digit',
		minute: '2-digit'
	},
	/** "3 Dec 2025" */
	day: { dateStyle: 'medium' },
	/** "3 December 2025": letters and notices. */
	longDay: { dateStyle: 'long' },
	/** "Wednesday, 3 December 2025": a date someone must act by. */
	fullDay: { dateStyle: 'full' },
	/** "3 Dec 2025, 11:00" */
	stamp: { dateStyle: 'medium', timeStyle: 'short' },
	/** "3 Dec 2025, 11:00:05": the audit log, where order within a minute matters. */
	stampSeconds: { dateStyle: 'medium', timeStyle: 'medium' }
} satisfies Record<string, Intl.DateTimeFormatOptions>;
export type DateStyle = keyof typeof STYLES;

/**
 * Paraglide's locale names a language; Intl needs more where its default would mislead: "en"
 * writes dates the US way, and Dari and Pashto default to the Afghan solar calendar in Persian
 * digits. Every date is in the calendar the UK uses (a meeting on 3 December is on 3 December
 * in every language), and in the digits the counts beside it use (0–9), Arabic included.
 */
const INTL_LOCALE: Partial<Record<string, string>> = {
	en: 'en-GB',
	ar: 'ar-u-ca-gregory-nu-latn',
	'fa-AF': 'fa-AF-u-ca-gregory-nu-latn',
	ps: 'ps-u-ca-gregory-nu-latn'
};

// Formatters are slow to build and a long inbox formats hundreds of dates: one per locale and style.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(style: DateStyle, locale: Locale): Intl.DateTimeFormat {
	const key = `${locale}|${style}`;
	let made = formatters.get(key);
	if (!made) {
		made = new Intl.DateTimeFormat(INTL_LOCALE[locale] ?? locale, {
			...STYLES[style],
			timeZone: TIME_ZONE
		});
		formatters.set(key, made);
	}
	return made;
}

export function formatDate(
	at: Date | string | number,
	style: DateStyle,
	locale: Locale = currentLocale()
): string {
	return formatter(style, locale).format(new Date(at));
}

type At = Date | string | number;
export const shortDate = (at: At, locale?: Locale) => formatDate(at, 'short', locale);
export const dateTime = (at: At, locale?: Locale) => formatDate(at, 'dateTime', locale);
export const mediumDay = (at: At, locale?: Locale) => formatDate(at, 'day', locale);
export const longDay = (at: At, locale?: Locale) => formatDate(at, 'longDay', locale);
export const fullDay = (at: At, locale?: Locale) => formatDate(at, 'fullDay', locale);
export const dateStamp = (at: At, locale?: Locale) => formatDate(at, 'stamp', locale);
export const dateStampSeconds = (at: At, locale?: Locale) => formatDate(at, 'stampSeconds', locale);

/** Whole years between a date of birth (YYYY-MM-DD) and a day: a child's age on that day. */
export function ageOn(dateOfBirth: string, on: Date): number {
	const [y, m, d] = dateOfBirth.split('-').map(Number) as [number, number, number];
	let age = on.getUTCFullYear() - y;
	if (on.getUTCMonth() + 1 < m || (on.getUTCMonth() + 1 === m && on.getUTCDate() < d)) age -= 1;
	return age;
}
