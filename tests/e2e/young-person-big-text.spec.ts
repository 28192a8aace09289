import { expect, test, type Page } from '@playwright/test';
import { STATEMENT_KINDS } from '../../src/lib/vocabulary';
import { queryTestDatabase } from '../helpers/database';
import { loginAs } from '../helpers/session';
import { phoneWithBrowserTextAt200Percent } from '../helpers/big-text';

const ownStatement = (name: string) =>
	queryTestDatabase<{ id: string }>(
		"SELECT s.id FROM statements s JOIN young_people y ON y.id = s.young_person_id WHERE y.preferred_name = ? AND s.status <> 'draft' ORDER BY s.sent_at DESC LIMIT 1",
		name
	)[0]!.id;

// "My plan for the future" is offered to care leavers only: Alex (below) is one.
const youngPersonPages = (statementId: string) => [
	'/me',
	...STATEMENT_KINDS.filter((kind) => kind !== 'my_future').map((kind) => `/me/say/${kind}`),
	'/me/things',
	`/me/things/${statementId}`,
	`/me/things/${statementId}/correct`,
	'/me/about',
	'/me/feelings',
	'/me/you-said',
	'/me/words',
	'/me/settings',
	'/help'
];

async function sidewaysScroll(page: Page): Promise<number> {
	return page.evaluate(
		() => document.documentElement.scrollWidth - document.documentElement.clientWidth
	);
}

/** Words in the choice buttons that the browser broke across two lines ("Some-|thing"), as drawn. */
async function wordsSplitInChoices(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const split: string[] = [];
		for (const option of document.querySelectorAll('label.option')) {
			const walker = document.createTreeWalker(option, NodeFilter.SHOW_TEXT);
			for (let node = walker.nextNode(); node; node = walker.nextNode()) {
				if (node.parentElement?.closest('[aria-hidden="true"]')) continue;
				// A line may end at a space, or after a hyphen or slash the words already have.
				for (const word of (node.textContent ?? '').matchAll(/[^\s/\-–—]+/g)) {
					const range = document.createRange();
					range.setStart(node, word.index);
					range.setEnd(node, word.index + word[0].length);
					const lines = new Set(
						[...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top))
					);
					if (lines.size > 1) split.push(word[0]);
				}
			}
		}
		return split;
	});
}

const NAMES = { jordan: 'Jordan', maya: 'Maya', alex: 'Alex' } as const;

for (const who of ['jordan', 'maya', 'alex'] as const) {
	// Maya is in simple mode: one question a page, so the picture tiles (who to have there) are a page of their own.
	const pages = (statementId: string) =>
		who === 'alex'
			? ['/me/say/my_future']
			: who === 'maya'
				? [...youngPersonPages(statementId), '/me/say/before_meeting?step=5']
				: youngPersonPages(statementId);
	test(`at 320 pixels with the browser's text at 200 %, nothing scrolls sideways for ${who} and the header stays small`, async ({
		baseURL
	}, testInfo) => {
		test.setTimeout(180_000);
		const { context, close } = await phoneWithBrowserTextAt200Percent(
			baseURL!,
			testInfo.project.use.launchOptions ?? {}
		);
		try {
			const page = context.pages()[0] ?? (await context.newPage());
			await loginAs(page, who);
			// The emulation is the browser's setting, not the page's: media queries see it too.
			expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe(
				'32px'
			);
			expect(await page.evaluate(() => matchMedia('(max-width: 10em)').matches)).toBe(true);

			const problems: string[] = [];
			for (const path of pages(ownStatement(NAMES[who]))) {
				const response = await page.goto(path);
				expect(response?.status(), path).toBe(200);
				const overflow = await sidewaysScroll(page);
				if (overflow > 0) problems.push(`${path} scrolls sideways by ${overflow}px`);
				for (const word of await wordsSplitInChoices(page))
					problems.push(`${path} breaks "${word}" in a choice`);
				// The header leaves most of the screen to the page, and the way out is always in it.
				const header = (await page.locator('header').boundingBox())!.height;
				if (header > 640 * 0.3) problems.push(`${path} header is ${header}px tall`);
				await expect(page.getByRole('link', { name: 'Quick exit' }), path).toBeInViewport();
				if (process.env.SCREENSHOTS)
					await page.screenshot({
						path: `test-results/big-text-${who}${path.replaceAll('/', '_')}.png`,
						fullPage: true
					});
			}
			expect(problems).toEqual([]);
		} finally {
			await close();
		}
	});
}
