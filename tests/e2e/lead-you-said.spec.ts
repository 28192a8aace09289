import { expect, test } from '@playwright/test';
import { DESKTOP, PHONE } from '../helpers/accounts';
import { expectNoAccessibilityViolations } from '../helpers/axe';
import { loginAs } from '../helpers/session';

const YOU_SAID = 'You said the bus passes ran out before the holidays.';
const WE_DID = 'Bus passes now last the whole school holiday.';

test.describe('You said, we did', () => {
	test.use({ viewport: { width: 1280, height: 900 } });

	test('the lead records, edits and publishes an entry; a young person then sees it', async ({
		page,
		browser
	}) => {
		await loginAs(page, 'lead');
		await page.getByRole('link', { name: 'You said, we did' }).click();
		await expectNoAccessibilityViolations(page);
		// An empty form is refused with the reasons beside the fields.
		await page.getByRole('button', { name: 'Save' }).click();
		await expect(page.getByText('Please fill this in.').first()).toBeVisible();

		await page.getByLabel('What you said').fill(YOU_SAID);
		await page.getByLabel('What we did').fill('Bus passes will last longer.');
		await page.getByLabel('How far it has got').selectOption('in_progress');
		await page.getByRole('button', { name: 'Save' }).click();
		await expect(page.getByText('Saved. It is not published yet.')).toBeVisible();
		await expectNoAccessibilityViolations(page);

		await page.getByLabel('What we did').fill(WE_DID);
		await page.getByLabel('How far it has got').selectOption('done');
		await page.getByRole('button', { name: 'Save' }).click();
		await expect(page.getByText('Saved.', { exact: true })).toBeVisible();
		await page.getByRole('button', { name: 'Publish to young people' }).click();
		await expect(page.getByRole('button', { name: 'Unpublish' })).toBeVisible();

		// The board report includes it.
		await page.goto('/lead/print');
		await expect(page.getByText(WE_DID)).toBeVisible();

		const phone = await browser.newContext(PHONE);
		const ruby = await phone.newPage();
		await loginAs(ruby, 'ruby');
		await ruby.goto('/me/you-said');
		await expect(ruby.getByText(YOU_SAID)).toBeVisible();
		await expect(ruby.getByText(WE_DID)).toBeVisible();
		await phone.close();
	});

	test('the lead chooses and edits a consented quote for the report', async ({ page }) => {
		await loginAs(page, 'lead');
		await page.getByRole('link', { name: 'Choose quotes' }).click();
		await expectNoAccessibilityViolations(page);
		const words = page.getByLabel('Words to quote').first();
		await words.fill('I want to see a family member on Sundays as well.');
		await page.getByRole('button', { name: 'Choose this quote' }).first().click();
		await expect(page.getByText('Quote chosen.')).toBeVisible();
		await expect(page.getByText('I want to see a family member on Sundays as well.')).toBeVisible();
		await page.goto('/lead');
		await expect(
			page.locator('blockquote', { hasText: 'I want to see a family member on Sundays as well.' })
		).toBeVisible();
	});

	test('the words to quote are in their boxes before any script runs, and without one', async ({
		browser
	}) => {
		const plain = await browser.newContext({ ...DESKTOP, javaScriptEnabled: false });
		const page = await plain.newPage();
		await loginAs(page, 'lead');
		await page.goto('/lead/quotes');
		await expect(page.getByLabel('Words to quote').first()).not.toHaveValue('');
		await plain.close();
	});
});
