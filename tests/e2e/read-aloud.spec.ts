import { expect, test } from '@playwright/test';
import { PHONE } from '../helpers/accounts';
import { expectNoAccessibilityViolations } from '../helpers/axe';
import { addOwnChild, signInAsChild } from '../helpers/own-child';

test.use(PHONE);

test('with read aloud on, the button reads the question and every picture answer, in the page’s language', async ({
	page
}) => {
	// What the phone is asked to say is caught on its way to the phone's own speech, which a test
	// machine may not have: the words and language Heard hands over are what matter.
	await page.addInitScript(() => {
		const heard: { text: string; lang: string }[] = [];
		(window as unknown as { spoken: typeof heard }).spoken = heard;
		SpeechSynthesis.prototype.speak = function (utterance: SpeechSynthesisUtterance) {
			heard.push({ text: utterance.text, lang: utterance.lang });
		};
	});
	const child = addOwnChild(`Ffion${Date.now() % 100000}`);
	await signInAsChild(page, child.username);
	await page.goto('/me/settings');
	await page.getByRole('group', { name: 'Simple mode' }).getByLabel('On').check();
	await page.getByRole('group', { name: 'Read questions out loud' }).getByLabel('On').check();
	await page.getByRole('button', { name: 'Save settings' }).click();
	await expect(page.getByRole('status')).toHaveText('Your settings are saved.');

	await page.goto('/me/say/worried');
	await expectNoAccessibilityViolations(page);
	await page.getByRole('button', { name: 'Read this out loud' }).first().click();
	const spoken = await page.evaluate(
		() => (window as unknown as { spoken: { text: string; lang: string }[] }).spoken
	);
	expect(spoken).toHaveLength(1);
	expect(spoken[0]!.lang).toBe('en');
	expect(spoken[0]!.text).toContain('What is it about?');
	// Each picture's words are read, not only the question's.
	for (const label of ['Home', 'School', 'Someone is hurting or scaring me', 'My feelings'])
		expect(spoken[0]!.text).toContain(label);
});
