// What a page costs a phone to download, measured in Chromium as the phone would fetch it: every
// response that came over the network (not from the cache), after gzip. The browser is the
// measure because the app's pages load their own scripts only once the page starts, by import()
// from the app's entry: a count that followed the HTML's links alone missed most of them.
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';

export const launchChromium = () =>
	chromium.launch({
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run']
	});

/** Bytes after gzip of everything visiting `path` fetched from the network, and the scripts'. */
export async function weighVisit(page, cdp, path) {
	const responses = new Map();
	const fromCache = new Set();
	const finished = [];
	const onResponse = (e) => responses.set(e.requestId, e.response);
	const onCached = (e) => fromCache.add(e.requestId);
	const onFinished = (e) => finished.push(e.requestId);
	cdp.on('Network.responseReceived', onResponse);
	cdp.on('Network.requestServedFromCache', onCached);
	cdp.on('Network.loadingFinished', onFinished);
	await page.goto(path, { waitUntil: 'networkidle' });
	cdp.off('Network.responseReceived', onResponse);
	cdp.off('Network.requestServedFromCache', onCached);
	cdp.off('Network.loadingFinished', onFinished);
	let bytes = 0;
	let js = 0;
	let requests = 0;
	for (const id of finished) {
		const response = responses.get(id);
		if (!response || fromCache.has(id) || response.fromDiskCache || response.status === 304)
			continue;
		const { body, base64Encoded } = await cdp.send('Network.getResponseBody', { requestId: id });
		const size = gzipSync(Buffer.from(body, base64Encoded ? 'base64' : 'utf8')).length;
		bytes += size;
		if (/javascript/.test(response.mimeType)) js += size;
		requests += 1;
	}
	return { bytes, js, requests };
}

/** A browser context signed in with `cookie` (may be empty), its service worker left out. */
export async function signedInPage(browser, base, cookie) {
	// The service worker is left out: the browser's own cache keeps the same app files.
	const context = await browser.newContext({ baseURL: base, serviceWorkers: 'block' });
	const [name, ...value] = cookie.split('=');
	if (name && value.length > 0)
		await context.addCookies([{ name, value: value.join('='), url: base }]);
	const page = await context.newPage();
	const cdp = await context.newCDPSession(page);
	await cdp.send('Network.enable');
	return { context, page, cdp };
}

/** A first visit to `path` with an empty cache: all of it, and its scripts, after gzip. */
export async function firstVisitWeight(base, path, cookie) {
	const browser = await launchChromium();
	try {
		const { page, cdp } = await signedInPage(browser, base, cookie);
		const { bytes, js } = await weighVisit(page, cdp, path);
		return { total: bytes, js };
	} finally {
		await browser.close();
	}
}
