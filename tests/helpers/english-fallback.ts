import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';

type Value = string | { match?: Record<string, string> }[];
const FILES = ['common', 'young-person', 'admin'];

function catalogue(locale: string): Record<string, Value> {
	return Object.assign(
		{},
		...FILES.map((file) => JSON.parse(readFileSync(`messages/${locale}/${file}.json`, 'utf8')))
	);
}

const textsOf = (value: Value | undefined): string[] =>
	value === undefined
		? []
		: typeof value === 'string'
			? [value]
			: value.flatMap((variant) => Object.values(variant.match ?? {}));

/**
 * The English wording a page in this language would show if a message fell back to English:
 * each English message's words between its placeholders, at least two words long, unless the
 * language's own words say the same (a name such as Heard, Chrome or iPhone).
 */
function englishPhrases(locale: string): string[] {
	const english = catalogue('en');
	const own = catalogue(locale);
	const phrases = new Set<string>();
	for (const [key, value] of Object.entries(english)) {
		if (key === '$schema') continue;
		const translated = textsOf(own[key]).join('\n');
		for (const text of textsOf(value))
			for (const part of text.split(/\{\w+\}/)) {
				const phrase = part.trim().replace(/[.:,;!?]+$/, '');
				if (phrase.split(/\s+/).length >= 2 && !translated.includes(phrase)) phrases.add(phrase);
			}
	}
	return [...phrases];
}

/** English phrases visible on the page, which in a translated page means a missing message. */
export async function englishOn(page: Page, locale: string): Promise<string[]> {
	const shown = await page.locator('body').innerText();
	return englishPhrases(locale).filter((phrase) => shown.includes(phrase));
}
