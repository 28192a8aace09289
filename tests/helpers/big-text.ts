import { chromium, type BrowserContext } from '@playwright/test';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// A phone 320 pixels wide whose owner has set the browser's own text size to 200 % (32 px).
// Chromium's font-size setting is a profile preference, so the browser is started with a
// profile that has it: unlike doubling the page's root size, this also makes media queries'
// `em` 32 px, exactly as it is on such a phone.
export async function phoneWithBrowserTextAt200Percent(
	baseURL: string,
	launchOptions: object
): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
	const profile = mkdtempSync(join(tmpdir(), 'heard-big-text-'));
	mkdirSync(join(profile, 'Default'));
	writeFileSync(
		join(profile, 'Default', 'Preferences'),
		JSON.stringify({ webkit: { webprefs: { default_font_size: 32, default_fixed_font_size: 26 } } })
	);
	const context = await chromium.launchPersistentContext(profile, {
		...launchOptions,
		baseURL,
		viewport: { width: 320, height: 640 },
		isMobile: true,
		hasTouch: true
	});
	return {
		context,
		close: async () => {
			await context.close();
			rmSync(profile, { recursive: true, force: true });
		}
	};
}
