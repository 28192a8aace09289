// Every young person's page, weighed in Chromium as their phone would fetch it: a first visit
// (nothing cached) and a second (the browser's cache warm), with low data off and on.
import { launchChromium, signedInPage, weighVisit } from './browser-weight.js';
import { saveSettings } from './page-weight.js';

const BUDGET_KB = 120;
const START = ['/me', '/help'];
/** Young people's pages, with any record's id made one pattern: one of each is enough. */
const PAGE = /^\/(me(\/[A-Za-z0-9_-]+)*|help)$/;
/** A recording or a download is not a page: it is fetched only when asked for. */
const NOT_A_PAGE = /\/(voice|download)(\/|$)/;
export const isYoungPersonsPage = (path) => PAGE.test(path) && !NOT_A_PAGE.test(path);
export const patternOf = (path) => path.replace(/\/(things|meetings)\/[^/]+/, '/$1/[id]');

/** The pages a young person can reach from home, following their own links (one of each kind). */
export async function youngPersonsPages(base, cookie) {
	const found = new Map();
	const queue = [...START];
	while (queue.length > 0 && found.size < 60) {
		const path = queue.shift();
		const pattern = patternOf(path);
		if (found.has(pattern)) continue;
		const response = await fetch(`${base}${path}`, {
			headers: { cookie, accept: 'text/html' },
			redirect: 'manual'
		});
		if (response.status !== 200) continue;
		found.set(pattern, path);
		for (const [, href] of (await response.text()).matchAll(/href="([^"#?]+)"/g)) {
			const next = new URL(href, `${base}${path}`).pathname;
			if (isYoungPersonsPage(next) && !found.has(patternOf(next))) queue.push(next);
		}
	}
	return [...found.values()].sort();
}

/** A first and a second visit of each page, in a browser of its own (an empty cache). */
async function weighPages(browser, base, cookie, pages) {
	const weights = new Map();
	for (const path of pages) {
		const { context, page, cdp } = await signedInPage(browser, base, cookie);
		const first = await weighVisit(page, cdp, path);
		const second = await weighVisit(page, cdp, path);
		weights.set(path, { first, second });
		await context.close();
	}
	return weights;
}

/** Turns low data on or off through the young person's own settings form, as they would. */
export const setLowData = (base, cookie, on) =>
	saveSettings(
		base,
		cookie,
		'lowData',
		new URLSearchParams({ lowData: on ? 'on' : 'off' }),
		/Saved\. Pictures/
	);

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** One row a page: its first visit against the budget, its second and low data's beside it. */
export async function addYoungPersonPageWeights(add, base, cookie) {
	const pages = await youngPersonsPages(base, cookie);
	const browser = await launchChromium();
	try {
		await setLowData(base, cookie, false);
		const standard = await weighPages(browser, base, cookie, pages);
		await setLowData(base, cookie, true);
		const lowData = await weighPages(browser, base, cookie, pages);
		await setLowData(base, cookie, false);
		for (const path of pages) {
			const { first, second } = standard.get(path);
			const low = lowData.get(path);
			add(
				`${patternOf(path)}: first visit (gzip)`,
				first.bytes / 1024,
				`≤ ${BUDGET_KB} KB`,
				first.bytes <= BUDGET_KB * 1024,
				`${first.requests} requests; second visit ${kb(second.bytes)} (${second.requests}); low data ${kb(low.first.bytes)} first, ${kb(low.second.bytes)} second`
			);
		}
	} finally {
		await browser.close();
	}
}
