import { expect, test, type Page } from '@playwright/test';
import { PHONE } from '../helpers/accounts';
import { expectNoAccessibilityViolations } from '../helpers/axe';
import { loginAs } from '../helpers/session';

test.use(PHONE);

// Emoji render differently on every phone, and as empty boxes where no emoji font exists.
const EMOJI = /[\u{1F000}-\u{1FFFF}\u{2600}-\u{27BF}]/u;

async function expectNoEmoji(page: Page) {
	expect(await page.locator('body').innerText()).not.toMatch(EMOJI);
}

test("a child's home has a picture beside every choice, drawn by Heard, and no emoji", async ({
	page
}) => {
	await loginAs(page, 'maya');
	const choices = page.locator('a.choice');
	const count = await choices.count();
	expect(count).toBeGreaterThan(10);
	// Every choice has one picture, hidden from screen readers: its words say what it means.
	await expect(page.locator('a.choice > svg[aria-hidden="true"]')).toHaveCount(count);
	await expect(page.getByRole('link', { name: /^I'm worried or I don't feel safe/ })).toBeVisible();
	await expectNoEmoji(page);
	await expectNoAccessibilityViolations(page);
});

test('faces, categories and wellbeing areas are pictures a child can read before the words', async ({
	page
}) => {
	await loginAs(page, 'maya');
	// Feelings: the first area's question has its picture and five faces to choose from.
	await page.goto('/me/say/feelings');
	const firstArea = page.getByRole('group').first();
	await expect(firstArea.locator('legend > svg')).toHaveCount(1);
	await expect(firstArea.getByRole('radio')).toHaveCount(5);
	await expect(firstArea.locator('.option svg')).toHaveCount(5);
	await expectNoEmoji(page);
	// Make a change: every category has its own picture.
	await page.goto('/me/say/make_a_change');
	const categories = page.getByRole('group').first();
	const options = await categories.getByRole('radio').count();
	expect(options).toBe(9);
	await expect(categories.locator('.option svg')).toHaveCount(options);
	await expectNoEmoji(page);
	await expectNoAccessibilityViolations(page);
});
