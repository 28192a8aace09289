// What a young person's phone downloads on a first visit: their home and a say form,
// in standard mode and in simple mode (pictures on every choice, one question a page).
import { firstVisitWeight } from './browser-weight.js';

const BUDGET_KB = 120;
const JS_BUDGET_KB = 40;
// The say form with the most pictures: a face scale for each wellbeing area.
export const SIMPLE_SAY_FORM = '/me/say/feelings';

/** The settings form's answers as they stand (its radio choices), so only simple mode changes. */
async function currentPreferences(base, cookie) {
	const page = await (await fetch(`${base}/me/settings`, { headers: { cookie } })).text();
	const form = page.slice(page.indexOf('action="?/preferences"'));
	const answers = new URLSearchParams();
	for (const [input] of form.slice(0, form.indexOf('</form>')).matchAll(/<input[^>]*>/g)) {
		const name = /name="([^"]+)"/.exec(input)?.[1];
		const value = /value="([^"]*)"/.exec(input)?.[1];
		if (name && value !== undefined && /\schecked\b/.test(input)) answers.set(name, value);
	}
	return answers;
}

/**
 * Sends one of the young person's settings forms as their browser would; resolves to the page
 * the form answered with, or throws unless it says `saved` on it.
 */
export async function saveSettings(base, cookie, action, body, saved) {
	const response = await fetch(`${base}/me/settings?/${action}`, {
		method: 'POST',
		redirect: 'manual',
		headers: {
			origin: base,
			cookie,
			accept: 'text/html',
			'content-type': 'application/x-www-form-urlencoded'
		},
		body
	});
	const page = await response.text();
	if (response.status !== 200 || !saved.test(page))
		throw new Error(`the ${action} setting was not saved: ${response.status}`);
}

/** Turns simple mode on through the young person's own settings form, as they would. */
export async function turnOnSimpleMode(base, cookie) {
	const answers = await currentPreferences(base, cookie);
	answers.set('simpleMode', 'on');
	await saveSettings(base, cookie, 'preferences', answers, /settings are saved/i);
}

/** Adds the page-weight rows: the standard home (as before) and the simple-mode home and say form. */
export async function addPageWeights(add, base, standardCookie, simpleCookie) {
	const home = await firstVisitWeight(base, '/me', standardCookie);
	add(
		"JavaScript on a young person's first page (gzip)",
		home.js / 1024,
		`≤ ${JS_BUDGET_KB} KB`,
		home.js <= JS_BUDGET_KB * 1024,
		`${home.js} bytes`
	);
	add(
		"everything for a young person's home, first load (gzip)",
		home.total / 1024,
		`≤ ${BUDGET_KB} KB`,
		home.total <= BUDGET_KB * 1024,
		`${home.total} bytes`
	);
	await turnOnSimpleMode(base, simpleCookie);
	for (const [figure, path] of [
		["everything for a simple-mode young person's home, first load (gzip)", '/me'],
		[
			`everything for a simple-mode say form (${SIMPLE_SAY_FORM}), first load (gzip)`,
			SIMPLE_SAY_FORM
		]
	]) {
		const weight = await firstVisitWeight(base, path, simpleCookie);
		add(
			figure,
			weight.total / 1024,
			`≤ ${BUDGET_KB} KB`,
			weight.total <= BUDGET_KB * 1024,
			`${weight.total} bytes, ${weight.js} of them JavaScript`
		);
	}
}
