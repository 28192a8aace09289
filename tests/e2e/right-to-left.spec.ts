import { expect, test, type Page } from '@playwright/test';
import { PHONE } from '../helpers/accounts';
import { expectNoAccessibilityViolations } from '../helpers/axe';
import { openTestDatabase } from '../helpers/database';
import { turnLanguagesOn } from '../helpers/languages';
import { addOwnChild, addOwnMeeting, addViewsBefore, signInAsChild } from '../helpers/own-child';

/*
 * A young person who reads Arabic, on a 360 × 740 phone: every page they use
 * is drawn right to left, fits the screen without scrolling sideways, and
 * nothing is cut off at either edge. A screenshot of each page is attached to
 * the report, to be looked at by eye when the layout changes.
 */
test.use(PHONE);
test.describe.configure({ mode: 'serial' });

const NAME = `Rasha${Date.now() % 100000}`;
let child: ReturnType<typeof addOwnChild>;
let statementId = '';
let putSwitchesBack: () => void;

test.beforeAll(() => {
	child = addOwnChild(NAME);
	const meeting = addOwnMeeting(child.id, -5, child.sam);
	statementId = addViewsBefore(child.id, meeting, { want_to_happen: 'أريد أن أبقى مع عائلتي' }, 7);
	// Arabic on for the organisation (as an admin turns it on), and on this young person's record.
	putSwitchesBack = turnLanguagesOn(['ar']);
	const db = openTestDatabase();
	db.prepare("UPDATE young_people SET language = 'ar' WHERE id = ?").run(child.id);
	db.close();
});
test.afterAll(() => putSwitchesBack());

/** What sticks out of the screen at either side: elements not inside a box that scrolls, nor hidden on purpose. */
const outsideTheScreen = (page: Page) =>
	page.evaluate(() => {
		const width = document.documentElement.clientWidth;
		const scrolls = (el: Element) => {
			for (let p = el.parentElement; p; p = p.parentElement)
				if (['auto', 'scroll'].includes(getComputedStyle(p).overflowX)) return true;
			return false;
		};
		const hidden = (el: Element) => el.closest('.visually-hidden, .skip-link:not(:focus)') !== null;
		return [...document.body.querySelectorAll('*')].flatMap((el) => {
			const r = el.getBoundingClientRect();
			if (r.width === 0 || r.height === 0 || hidden(el) || scrolls(el)) return [];
			return r.left < -1 || r.right > width + 1
				? [
						`<${el.tagName.toLowerCase()} class="${el.className}"> ${Math.round(r.left)}…${Math.round(r.right)}`
					]
				: [];
		});
	});

const PAGES = [
	['home', '/me'],
	['a worry', '/me/say/worried'],
	['before a meeting', '/me/say/before_meeting'],
	['feelings', '/me/say/feelings'],
	['make a change', '/me/say/make_a_change'],
	['my things', '/me/things'],
	['one thing I sent', () => `/me/things/${statementId}`],
	['about me', '/me/about'],
	['my feelings', '/me/feelings'],
	['my words', '/me/words'],
	['not happy', '/me/not-happy'],
	['settings', '/me/settings']
] as const;

test("a young person's pages in Arabic are right to left, fit a small phone and cut nothing off", async ({
	page
}, testInfo) => {
	test.setTimeout(120_000);
	await signInAsChild(page, child.username);
	for (const [what, where] of PAGES) {
		await page.goto(typeof where === 'function' ? where() : where);
		await expect(page.locator('html'), what).toHaveAttribute('lang', 'ar');
		await expect(page.locator('html'), what).toHaveAttribute('dir', 'rtl');
		const sideways = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		);
		expect(sideways, `${what} scrolls sideways`).toBeLessThanOrEqual(0);
		expect(await outsideTheScreen(page), `${what} is cut off`).toEqual([]);
		const path = testInfo.outputPath(`${what.replaceAll(' ', '-')}.png`);
		await page.screenshot({ path, fullPage: true });
		await testInfo.attach(`${what} (Arabic, 360 × 740)`, { path, contentType: 'image/png' });
	}
});

test('the face scale and the way forward run right to left', async ({ page }) => {
	await signInAsChild(page, child.username);
	await page.goto('/me/say/feelings');
	// The scale reads from its first face, at the right-hand side, to its last at the left.
	const face = (score: number) => page.locator(`label:has(input[value="${score}"])`).first();
	const [first, last] = [await face(1).boundingBox(), await face(5).boundingBox()];
	// …on one row: five faces wrapped four and one no longer read as a scale.
	expect(first!.y).toBe(last!.y);
	expect(first && last && first.x > last.x).toBe(true);
	// The page starts at the right: the first heading's right edge is near the screen's.
	const heading = await page.getByRole('heading', { level: 1 }).boundingBox();
	expect(360 - (heading!.x + heading!.width)).toBeLessThan(40);
	await expectNoAccessibilityViolations(page);
});
