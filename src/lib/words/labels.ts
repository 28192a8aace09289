import { currentLocale, type Locale } from '$lib/locale';

/** A catalogue message as the words module calls it: no inputs, an explicit locale. */
export type Label = (inputs: object, options: { locale?: Locale }) => string;

/**
 * Looks one value of a fixed list up in its table of messages, in the given
 * locale. A value the table lacks (a row older than the list) shows as written
 * rather than breaking the page.
 */
export const labelFrom =
	<T extends string>(table: Record<T, Label>) =>
	(value: T, locale: Locale = currentLocale()): string =>
		Object.prototype.hasOwnProperty.call(table, value) ? table[value]({}, { locale }) : value;
