import { redirect } from '@sveltejs/kit';
import { asLocale } from '$lib/languages';
import { onThisSite } from '$lib/server/auth/next-page';
import { enabledLocales } from '$lib/server/languages';
import { LANGUAGE_COOKIE } from '$lib/server/languages/choose';
import { chooseLanguage } from '$lib/server/languages/mutations';
import { findOwnRecord } from '$lib/server/young-people/queries';

const YEAR_SECONDS = 365 * 24 * 60 * 60;

/** Only a page on this site is gone back to: never `//elsewhere` nor `/\elsewhere`. */
const backTo = (next: FormDataEntryValue | null, origin: string) => {
	const target = onThisSite(next, origin);
	return target ? target.pathname + target.search : '/';
};

/**
 * A language chosen from a page: kept on a young person's record when they are signed in (so
 * it follows them to any phone), and in a cookie for the pages before signing in. A language
 * that is not turned on is not kept.
 */
export const POST = async ({ request, cookies, locals, url }) => {
	const form = await request.formData();
	const locale = asLocale(form.get('locale'));
	const next = backTo(form.get('next'), url.origin);
	if (!locale || !(await enabledLocales()).has(locale)) redirect(303, next);

	const record = locals.user ? await findOwnRecord(locals.user) : null;
	if (record) await chooseLanguage(record.id, locale);
	cookies.set(LANGUAGE_COOKIE, locale, {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		secure: url.protocol === 'https:',
		maxAge: YEAR_SECONDS
	});
	redirect(303, next);
};
