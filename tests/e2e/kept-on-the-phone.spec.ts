import { expect, test, type Page } from '@playwright/test';
import { PHONE } from '../helpers/accounts';
import { addOwnChildInMode, signInAsChild } from '../helpers/own-child';
import { waitForPageScript } from '../helpers/session';

/*
 * The say form keeps a copy of what is typed on the phone, to put back after a crash or a closed
 * tab. It keeps every ticked box, not the last one, and it keeps nothing of a follow-up that no
 * longer applies: what is not sent is not left on the phone either.
 */
test.use(PHONE);

const stamp = Date.now() % 100000;

const keptOnPhone = (page: Page, key: string) =>
	page.evaluate((k) => localStorage.getItem(k) ?? '', key);

test('every ticked box comes back after the page is lost, not only the last one', async ({
	page
}) => {
	const child = addOwnChildInMode(`Tia${stamp}`, true);
	await signInAsChild(page, child.username);
	const who = page.getByRole('group', { name: 'Who do you want there?' });
	// The simple form's steps depend on the answers: find the one that asks who they want there.
	for (let step = 0; step < 12; step += 1) {
		await page.goto(`/me/say/before_meeting?step=${step}`);
		if (await who.isVisible()) break;
	}
	await waitForPageScript(page);
	await who.getByRole('checkbox').nth(0).check();
	await who.getByRole('checkbox').nth(2).check();
	await expect
		.poll(() => keptOnPhone(page, `heard-draft:${child.id}:before_meeting`))
		.toContain(',');

	await page.reload();
	await waitForPageScript(page);
	await expect(who.getByRole('checkbox').nth(0)).toBeChecked();
	await expect(who.getByRole('checkbox').nth(1)).not.toBeChecked();
	await expect(who.getByRole('checkbox').nth(2)).toBeChecked();
});

test("a follow-up's words are not kept on the phone once it no longer applies", async ({
	page
}) => {
	const child = addOwnChildInMode(`Ifan${stamp}`, false);
	await signInAsChild(page, child.username);
	await page.goto('/me/say/before_meeting');
	await waitForPageScript(page);
	const key = `heard-draft:${child.id}:before_meeting`;
	const interpreter = page.getByRole('group', { name: /Do you want an interpreter/ });
	const language = page.getByRole('group', {
		name: 'Which language should the interpreter speak?'
	});
	const another = page.getByLabel('If it is another language, which one?');
	await interpreter.getByLabel('Yes, please').check();
	await language.getByLabel('Another language').check();
	await another.fill('Tigrinya');
	await expect.poll(() => keptOnPhone(page, key)).toContain('Tigrinya');

	await interpreter.getByLabel('No, thank you').check();
	await expect(another).toBeHidden();
	await expect.poll(() => keptOnPhone(page, key)).not.toContain('Tigrinya');
	expect(await keptOnPhone(page, key)).toContain('"interpreter":"no"');

	// Answered "Yes" again, the box is asked again, with what it held on the page.
	await interpreter.getByLabel('Yes, please').check();
	await expect(another).toHaveValue('Tigrinya');
	await expect.poll(() => keptOnPhone(page, key)).toContain('Tigrinya');
});
