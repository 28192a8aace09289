import { baseLocale, type Locale } from '$lib/languages';

/** The cookie that carries a language chosen before signing in (activation, sign-in, help). */
export const LANGUAGE_COOKIE = 'heard-language';

interface Request {
	/** The signed-in person's stored language: a young person's record; null for staff or nobody. */
	stored: Locale | null;
	signedIn: boolean;
	cookie: Locale | null;
	enabled: ReadonlySet<Locale>;
}

/**
 * The language a page is drawn in. A signed-in person's own choice wins, wherever they
 * sign in; the cookie serves only the pages before signing in, so a shared phone does not
 * carry one young person's language into another's account. A language an admin has not
 * turned on is never used, whoever asked for it.
 */
export function chooseLocale({ stored, signedIn, cookie, enabled }: Request): Locale {
	const wanted = signedIn ? stored : cookie;
	return wanted && enabled.has(wanted) ? wanted : baseLocale;
}
