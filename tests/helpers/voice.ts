import { expect, type Page } from '@playwright/test';
import config from '../../playwright.config';

/** Chromium's own fake microphone (a beep) and no permission prompt; the config's browser and flags stay. */
export function withFakeMicrophone() {
	const configured = config.use?.launchOptions ?? {};
	return {
		...configured,
		args: [
			...(configured.args ?? []),
			'--use-fake-ui-for-media-stream',
			'--use-fake-device-for-media-stream'
		]
	};
}

/** Waits until an audio element has read enough of its recording to know what it is. */
export async function expectPlayable(page: Page, selector: string) {
	await expect
		.poll(() =>
			page
				.locator(selector)
				.first()
				.evaluate((audio: HTMLAudioElement) => {
					// A player that waits for a tap is asked once to read the recording's details.
					if (audio.preload === 'none') {
						audio.preload = 'metadata';
						audio.load();
					}
					return audio.readyState >= 1 && (audio.duration > 0 || audio.duration === Infinity);
				})
		)
		.toBe(true);
}
