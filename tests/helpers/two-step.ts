import { expect, type Page } from '@playwright/test';
import { decodeBase32IgnorePadding } from '@oslojs/encoding';
import { generateHOTP } from '@oslojs/otp';

/** The code an authenticator app shows for a key, at a time step from now (30-second steps). */
export function totpFor(secret: string, stepsFromNow = 0): string {
	const key = decodeBase32IgnorePadding(secret.replace(/\s/g, ''));
	const step = Math.floor(Date.now() / 30_000) + stepsFromNow;
	return generateHOTP(key, BigInt(step), 6);
}

/** Sets up two-step sign-in from the page that offers it, as a person with an app would; returns the key and recovery codes. */
export async function setUpTwoStep(page: Page): Promise<{ secret: string; recovery: string[] }> {
	await expect(page.getByRole('img', { name: 'QR code for your authenticator app' })).toBeVisible();
	const secret = (await page.getByTestId('two-step-secret').textContent())!.trim();
	await page.getByLabel('The 6-digit code the app shows').fill(totpFor(secret));
	await page.getByRole('button', { name: 'Turn on two-step sign-in' }).click();
	const codes = page.getByRole('status').getByRole('listitem');
	await expect(codes).toHaveCount(10);
	return { secret, recovery: await codes.allTextContents() };
}
