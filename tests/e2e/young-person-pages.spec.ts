import { expect, test } from '@playwright/test';
import { DEMO_PASSWORD, PHONE } from '../helpers/accounts';
import { expectNoAccessibilityViolations } from '../helpers/axe';
import { loginAs, waitForPageScript } from '../helpers/session';

test.use(PHONE);

test('About me is kept in their own words', async ({ page }) => {
	await loginAs(page, 'leah');
	await page.goto('/me/about');
	await waitForPageScript(page);
	await page.getByLabel('What I like').fill('Drawing and my cat');
	await page.getByLabel("What I'm tired of repeating").fill('Why I moved house');
	await page.getByRole('button', { name: 'Save About me' }).click();
	await expect(page.getByRole('status')).toHaveText('Saved. Your worker will see this.');
	await page.reload();
	await expect(page.getByLabel('What I like')).toHaveValue('Drawing and my cat');
	await expectNoAccessibilityViolations(page);
});

test('the letter count reads right for one letter and for more', async ({ page }) => {
	await loginAs(page, 'leah');
	await page.goto('/me/about');
	await waitForPageScript(page);
	const box = page.getByLabel('What I like');
	const count = page.locator('#likes-count');
	await box.fill('a'.repeat(1499));
	await expect(count).toHaveText('1 letter left');
	await box.fill('a'.repeat(1498));
	await expect(count).toHaveText('2 letters left');
});

test('feelings over time show as pictures and as a table', async ({ page }) => {
	await loginAs(page, 'kai');
	await page.goto('/me/feelings');
	const safe = page
		.getByRole('listitem')
		.filter({ has: page.getByRole('heading', { name: 'Safe' }) });
	const answers = safe.getByRole('list', { name: 'Your last answers, newest last' });
	await expect(answers.getByRole('listitem').first()).toContainText('/ 5');
	await expect(answers.locator('svg.picture').first()).toBeVisible();
	await expect(page.getByRole('table')).toContainText('Safe');
	await expectNoAccessibilityViolations(page);
});

test('You said, we did shows only what has been published', async ({ page }) => {
	await loginAs(page, 'ruby');
	await page.goto('/me/you-said');
	await expect(
		page.getByText('Workers in the North team now keep one late afternoon')
	).toBeVisible();
	await expect(page.getByText('choose where your reviews happen')).toHaveCount(0);
	await expectNoAccessibilityViolations(page);
});

test('settings change text size and simple mode', async ({ page }) => {
	await loginAs(page, 'kai');
	await page.goto('/me/settings');
	await expectNoAccessibilityViolations(page);
	await page.getByRole('group', { name: 'Text size' }).getByLabel('Largest').check();
	await page.getByRole('group', { name: 'Simple mode' }).getByLabel('Off').check();
	await page.getByRole('button', { name: 'Save settings' }).click();
	await expect(page.getByRole('status')).toHaveText('Your settings are saved.');
	await expect(page.locator('html')).toHaveClass(/text-larger/);
	await page.goto('/me/say/make_a_change');
	await expect(page.getByLabel('What would help?')).toBeVisible();
	await expect(page.getByText(/Question 1 of/)).toHaveCount(0);
});

test('changing the password signs out other devices', async ({ page, browser }) => {
	const other = await browser.newContext(PHONE);
	const otherPage = await other.newPage();
	await loginAs(otherPage, 'ruby');
	await loginAs(page, 'ruby');
	await page.goto('/me/settings');
	await page.getByLabel('My password now').fill('wrong');
	await page.getByLabel('New password', { exact: true }).fill('a-new-password-9');
	await page.getByLabel('Type the new password again').fill('a-new-password-9');
	await page.getByRole('button', { name: 'Change password' }).click();
	await expect(page.getByText("That isn't your password now.")).toBeVisible();
	await page.getByLabel('My password now').fill(DEMO_PASSWORD);
	await page.getByLabel('New password', { exact: true }).fill('a-new-password-9');
	await page.getByLabel('Type the new password again').fill('a-new-password-9');
	await page.getByRole('button', { name: 'Change password' }).click();
	await expect(page.getByText('Your password is changed.')).toBeVisible();
	await otherPage.goto('/me');
	await expect(otherPage).toHaveURL(/\/login/);
	// Put the demo password back so the demo stays usable.
	await page.getByLabel('My password now').fill('a-new-password-9');
	await page.getByLabel('New password', { exact: true }).fill(DEMO_PASSWORD);
	await page.getByLabel('Type the new password again').fill(DEMO_PASSWORD);
	await page.getByRole('button', { name: 'Change password' }).click();
	await expect(page.getByText('Your password is changed.')).toBeVisible();
	await other.close();
});

test.describe('at 320 pixels wide', () => {
	test.use({ viewport: { width: 320, height: 640 } });
	test('no young person page scrolls sideways', async ({ page }) => {
		await loginAs(page, 'jordan');
		for (const path of [
			'/me',
			'/me/say/before_meeting',
			'/me/say/feelings',
			'/me/things',
			'/me/about',
			'/me/feelings',
			'/me/settings',
			'/me/you-said',
			'/help'
		]) {
			await page.goto(path);
			const overflow = await page.evaluate(
				() => document.documentElement.scrollWidth - document.documentElement.clientWidth
			);
			expect(overflow, path).toBeLessThanOrEqual(0);
		}
		await expect(page.getByRole('link', { name: 'Quick exit' })).toBeVisible();
	});
});
