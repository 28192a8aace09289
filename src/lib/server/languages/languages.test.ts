import { readFileSync } from 'node:fs';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { LANGUAGES, type Locale } from '$lib/languages';
import { locales } from '$lib/paraglide/runtime.js';
import { createStaff } from '$tests/fixtures';
import { db } from '../db';
import { auditEvents } from '../db/schema';
import { chooseLocale } from './choose';
import { coverageOf, isYoungPersonMessage } from './catalogues';
import { getSetting } from '../settings';
import { enabledLocales, isTurnedOn, languageStatuses } from './index';
import { switchLanguage } from './mutations';

const all = new Set(locales);
const onlyEnglish = new Set(['en' as const]);
/** Whether a language is on with the switches an admin has stored. */
const turnedOn = async (locale: Locale) => isTurnedOn(locale, await getSetting('languageSwitches'));

describe('the language a page is drawn in', () => {
	it('is a signed-in young person’s own choice, whatever the phone’s cookie says', () => {
		expect(chooseLocale({ signedIn: true, stored: 'ar', cookie: 'cy', enabled: all })).toBe('ar');
	});

	it('is the cookie’s before signing in', () => {
		expect(chooseLocale({ signedIn: false, stored: null, cookie: 'cy', enabled: all })).toBe('cy');
	});

	it('does not carry one person’s cookie into another person’s account', () => {
		expect(chooseLocale({ signedIn: true, stored: null, cookie: 'ar', enabled: all })).toBe('en');
	});

	it('is English when the language asked for is not turned on', () => {
		const asked = { stored: 'ar', cookie: 'ar', enabled: onlyEnglish } as const;
		expect(chooseLocale({ ...asked, signedIn: true })).toBe('en');
		expect(chooseLocale({ ...asked, signedIn: false })).toBe('en');
	});
});

describe('which languages are on', () => {
	it('has metadata for every locale of the project, each named in its own script', () => {
		const settings = JSON.parse(readFileSync('project.inlang/settings.json', 'utf8'));
		const metadata = JSON.parse(readFileSync('messages/languages.json', 'utf8'));
		expect(Object.keys(metadata).sort()).toEqual([...settings.locales].sort());
		expect(LANGUAGES.find((l) => l.locale === 'ar')).toMatchObject({ name: 'العربية', dir: 'rtl' });
		expect(LANGUAGES.find((l) => l.locale === 'cy')).toMatchObject({ name: 'Cymraeg', dir: 'ltr' });
		for (const language of LANGUAGES) expect(['ltr', 'rtl']).toContain(language.dir);
	});

	it('keeps an unreviewed language off until an admin turns it on, and English always on', async () => {
		const admin = await createStaff(['admin']);
		expect(LANGUAGES.find((l) => l.locale === 'ar')?.review).toBeNull();
		expect(await turnedOn('ar')).toBe(false);
		expect([...(await enabledLocales())]).toEqual(['en']);

		await switchLanguage(admin, 'ar', true);
		expect(await turnedOn('ar')).toBe(true);
		expect((await enabledLocales()).has('ar')).toBe(true);
		await switchLanguage(admin, 'en', false);
		expect(await turnedOn('en')).toBe(true);

		const events = await db()
			.select()
			.from(auditEvents)
			.where(eq(auditEvents.action, 'language_switched'));
		expect(events).toMatchObject([{ actorId: admin.id, subjectId: 'ar', detail: { on: true } }]);

		await switchLanguage(admin, 'ar', false);
		expect(await turnedOn('ar')).toBe(false);
	});

	it('follows a review when no admin has switched the language', () => {
		expect(isTurnedOn('cy', {})).toBe(false);
		expect(isTurnedOn('cy', { cy: true })).toBe(true);
	});
});

describe('how much of each language is written', () => {
	it('counts English complete and a language without a catalogue wholly missing', async () => {
		const english = coverageOf('en');
		expect(english.total).toBeGreaterThan(400);
		expect(english.missing).toBe(0);
		const statuses = await languageStatuses();
		expect(statuses.map((s) => s.locale)).toEqual([...locales]);
		for (const status of statuses) {
			expect(status.total).toBe(english.total);
			expect(status.missing).toBeGreaterThanOrEqual(0);
			expect(status.missing).toBeLessThanOrEqual(status.total);
		}
	});

	it('has words in every language for every message a young person can meet', () => {
		// Drafts until a fluent reader reviews them, but never a young person's page half in English.
		// A new English message a young person meets needs a draft beside it in every language.
		const metadata = JSON.parse(readFileSync('messages/languages.json', 'utf8'));
		const short = Object.keys(metadata)
			.map((locale) => coverageOf(locale as Locale))
			.filter((coverage) => coverage.missing > 0)
			.map(({ locale, missing }) => `${locale}: ${missing} missing`);
		expect(short).toEqual([]);
	});
});

describe('the messages a young person meets', () => {
	it('are their pages, the pages before signing in, their letter and their own words', () => {
		expect(isYoungPersonMessage('common', 'nav_home')).toBe(true);
		expect(isYoungPersonMessage('young-person', 'settings_title')).toBe(true);
		expect(isYoungPersonMessage('admin', 'adm_letter_hello')).toBe(true);
		expect(isYoungPersonMessage('admin', 'adm_me_words_title')).toBe(true);
		expect(isYoungPersonMessage('admin', 'adm_letter_ask')).toBe(false);
		expect(isYoungPersonMessage('admin', 'adm_nav_home')).toBe(false);
		expect(isYoungPersonMessage('staff', 'inbox_title')).toBe(false);
		expect(isYoungPersonMessage('common', '$schema')).toBe(false);
		expect(isYoungPersonMessage('young-person', 'complaint_mail_subject')).toBe(false);
	});
});
