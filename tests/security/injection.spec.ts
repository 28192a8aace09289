import { expect, request, test, type Page } from '@playwright/test';
import { currentTemplate } from '../../src/lib/templates/index';
import { STATEMENT_KINDS } from '../../src/lib/vocabulary';
import { DEMO_PASSWORD, PHONE } from '../helpers/accounts';
import { queryTestDatabase } from '../helpers/database';
import { loginAs } from '../helpers/session';
import { PAYLOADS } from './payloads';

/** Sends one statement of each kind with every free-text field carrying a payload; returns their ids. */
async function sendPayloads(baseURL: string): Promise<string[]> {
	const alex = await request.newContext({
		baseURL,
		extraHTTPHeaders: { origin: baseURL, accept: 'text/html' }
	});
	await alex.post('/login', {
		form: { identifier: 'alex', password: DEMO_PASSWORD },
		maxRedirects: 0
	});
	const [meeting] = queryTestDatabase<{ id: string }>(
		"SELECT m.id FROM meetings m JOIN young_people y ON y.id = m.young_person_id WHERE y.preferred_name = 'Alex' AND m.scheduled_at > ?",
		Date.now()
	);
	const ids: string[] = [];
	for (const kind of STATEMENT_KINDS) {
		const form: Record<string, string> = {
			idempotencyKey: `injection-${kind}-${Date.now()}`,
			consent: 'yes'
		};
		currentTemplate(kind).questions.forEach((q, i) => {
			if (q.type === 'text') form[q.id] = PAYLOADS[i % PAYLOADS.length]!;
			if (q.type === 'face') form[q.id] = '3';
			if (q.type === 'choice') form[q.id] = q.options[0]!;
			if (q.type === 'yes_no') form[q.id] = 'yes';
			if (q.type === 'meeting') form[q.id] = meeting?.id ?? 'other';
		});
		const response = await alex.post(`/me/say/${kind}?/send`, { form, maxRedirects: 0 });
		expect(response.status(), kind).toBe(303);
		ids.push(response.headers().location!.split('/').pop()!.split('?')[0]!);
	}
	await alex.dispose();
	return ids;
}

/**
 * Collects every sign that a payload ran or was parsed as markup: a dialog, an uncaught error
 * in the page, or an error in the console (where the browser also reports a script or inline
 * handler that the content security policy refused to run).
 */
function watchForScripts(page: Page): string[] {
	const fired: string[] = [];
	page.on('dialog', (dialog) => {
		fired.push(`dialog: ${dialog.message()}`);
		void dialog.dismiss();
	});
	page.on('console', (message) => {
		if (message.type() === 'error') fired.push(`console error on ${page.url()}: ${message.text()}`);
	});
	page.on('pageerror', (error) => fired.push(`page error on ${page.url()}: ${error.message}`));
	return fired;
}

/** The payloads are on screen as the words typed, and none became an element. */
async function expectInert(page: Page) {
	const where = page.url();
	await expect(
		page
			.getByText(PAYLOADS[1]!, { exact: true })
			.or(page.getByText(PAYLOADS[0]!, { exact: true }))
			.first(),
		where
	).toBeVisible();
	expect(
		await page
			.locator(
				'main img, main svg[onload], main iframe, main script, main [onerror], main [onmouseover]'
			)
			.count(),
		where
	).toBe(0);
}

test.use(PHONE);

test("payloads in every kind's free text show as text on the young person's pages", async ({
	page,
	baseURL
}) => {
	const ids = await sendPayloads(baseURL!);
	const fired = watchForScripts(page);
	await loginAs(page, 'alex');
	for (const id of ids) {
		await page.goto(`/me/things/${id}`);
		await expectInert(page);
	}
	await page.goto('/me/things');
	expect(fired).toEqual([]);
});

test.describe('on staff pages', () => {
	test.use({ viewport: { width: 1280, height: 900 }, isMobile: false, hasTouch: false });

	test("the worker's view, case-record exports, meeting pack, quotes and CSV keep payloads inert", async ({
		page,
		baseURL
	}) => {
		// Seven statements sent, each opened three ways, and two people signing in: a long journey.
		test.setTimeout(90_000);
		const ids = await sendPayloads(baseURL!);
		const fired = watchForScripts(page);
		await loginAs(page, 'jamie');
		for (const id of ids) {
			await page.goto(`/worker/statements/${id}`);
			await expectInert(page);
			await page.goto(`/worker/statements/${id}/record`);
			await expectInert(page);
			const text = await page.request.get(`/worker/statements/${id}/record.txt`);
			expect(text.headers()['content-type']).toMatch(/^text\/plain/);
			// Plain text for the case record keeps the words exactly as typed.
			expect(await text.text()).toMatch(
				/<script>alert\("x1"\)<\/script>|"><img src=x onerror=alert\("x2"\)>/
			);
		}
		const [meeting] = queryTestDatabase<{ id: string }>(
			'SELECT meeting_id AS id FROM statements WHERE id = ? AND meeting_id IS NOT NULL',
			ids[0]
		);
		expect(meeting?.id, 'the before-a-meeting statement is tied to a meeting').toBeTruthy();
		await page.goto(`/worker/meetings/${meeting!.id}`);
		expect(
			await page
				.locator(
					'main img, main svg[onload], main iframe, main script, main [onerror], main [onmouseover]'
				)
				.count()
		).toBe(0);
		await page.getByRole('button', { name: 'Sign out' }).click();

		await loginAs(page, 'lead');
		await page.goto('/lead/quotes');
		// The lead may edit a quote's words: a formula typed there must not run in a spreadsheet.
		const quoteForm = page.locator('form[action$="/choose"]').first();
		await quoteForm.locator('textarea[name="quote"]').fill(PAYLOADS[8]!);
		await quoteForm.getByRole('button').click();
		await expect(page.getByRole('status').first()).toBeVisible();
		const csv = await (await page.request.get('/lead/report.csv')).text();
		expect(csv).toContain('HYPERLINK');
		const cells = csv.split(/\r?\n/).flatMap((line) => line.split(','));
		expect(cells.filter((cell) => /^"?[=+\-@]/.test(cell) && !/^"?-?\d/.test(cell))).toEqual([]);
		expect(fired).toEqual([]);
	});
});
