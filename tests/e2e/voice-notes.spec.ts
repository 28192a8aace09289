import { expect, request, test, type Page } from '@playwright/test';
import { DEMO, DEMO_PASSWORD, PHONE } from '../helpers/accounts';
import { expectNoAccessibilityViolations } from '../helpers/axe';
import { queryTestDatabase } from '../helpers/database';
import { loginAs, signedInPage } from '../helpers/session';
import { wavBytes } from '../fixtures/wav';
import { expectPlayable, withFakeMicrophone } from '../helpers/voice';

test.use({ ...PHONE, launchOptions: withFakeMicrophone() });

type Note = { content_type: string; duration_ms: number | null; size: number };
const notesOf = (statementId: string) =>
	queryTestDatabase<Note>(
		'SELECT content_type, duration_ms, size FROM statement_voice_notes WHERE statement_id = ?',
		statementId
	);
const sentId = (page: Page) => new URL(page.url()).pathname.split('/').pop()!;

test('a child records, listens back, records again and sends; their worker plays and downloads it', async ({
	page,
	browser
}) => {
	// Two people, two recordings and three outsiders: longer than one page's journey.
	test.setTimeout(60_000);
	await loginAs(page, 'jordan');
	await page.goto('/me/say/good_news');
	// The first words question on the page: "What's the good news?"
	const voice = page.getByRole('group', { name: 'Or say it out loud' }).first();
	await expect(voice.getByText('You can record up to 2 minutes.')).toBeVisible();
	await voice.getByRole('button', { name: 'Record', exact: true }).click();
	await expect(voice.getByText(/Recording…/)).toBeVisible();
	await page.waitForTimeout(1500);
	await voice.getByRole('button', { name: 'Stop' }).click();
	await expect(voice.getByText('Your recording is ready. Play it to listen back.')).toBeVisible();
	await expectPlayable(page, '.voice audio');
	await voice.getByRole('button', { name: 'Record again' }).click();
	await page.waitForTimeout(2500);
	await voice.getByRole('button', { name: 'Stop' }).click();
	await expectPlayable(page, '.voice audio');
	await expectNoAccessibilityViolations(page);
	// No words typed: the recording is the answer.
	await page.getByRole('button', { name: 'Send', exact: true }).click();
	await expect(page.getByRole('heading', { name: 'Sent!' })).toBeVisible();
	const id = sentId(page);
	const [note] = notesOf(id);
	expect(note?.content_type).toBe('audio/webm');
	expect(note?.duration_ms).toBeGreaterThanOrEqual(2000);
	expect(note?.duration_ms).toBeLessThan(6000);

	const sam = await signedInPage(browser, 'sam');
	await sam.page.goto(`/worker/statements/${id}`);
	await expect(sam.page.getByText(/^Voice note, \d s$/)).toBeVisible();
	await expectPlayable(sam.page, 'dd audio');
	const audioUrl = `/worker/statements/${id}/voice/what`;
	const played = await sam.page.request.get(audioUrl);
	expect(played.status()).toBe(200);
	expect(played.headers()['content-type']).toBe('audio/webm');
	expect(played.headers()['cache-control']).toMatch(/no-store/);
	const download = sam.page.waitForEvent('download');
	await sam.page.getByRole('link', { name: 'Download the voice note' }).click();
	expect((await download).suggestedFilename()).toMatch(/^voice-note-good_news-.*\.webm$/);
	// The case record's text says there is a voice note, and how long, without the sound.
	const record = await sam.page.request.get(`/worker/statements/${id}/record.txt`);
	expect(record.status()).toBe(200);
	expect(await record.text()).toMatch(/Voice note, \d s/);

	// The child finds it in My words, to play and keep, and the download of their words says where.
	await page.goto('/me/words');
	await expect(page.getByText(/Voice note, \d s/).first()).toBeVisible();
	const own = await page.request.get(`/me/things/${id}/voice/what`);
	expect(own.status()).toBe(200);
	expect(own.headers()['content-type']).toBe('audio/webm');
	await expectPlayable(page, `audio[src="/me/things/${id}/voice/what"]`);
	await expect(page.getByRole('link', { name: 'Save my voice note' }).first()).toBeVisible();
	const words = await page.request.get('/me/words/download');
	expect(await words.text()).toContain(
		'You can listen to it and save it on your My words page in Heard.'
	);
	const heard = queryTestDatabase<{ action: string }>(
		"SELECT action FROM audit_events WHERE subject_id = ? AND action LIKE 'voice_note_%'",
		id
	).map((e) => e.action);
	expect(heard).toContain('voice_note_played');
	expect(heard).toContain('voice_note_downloaded');
	await sam.close();

	// Another team's worker, another child and someone signed out hear nothing.
	for (const [who, statuses] of [
		['jamie', [404]],
		['maya', [403]]
	] as const) {
		const context = await request.newContext({
			baseURL: page.url(),
			extraHTTPHeaders: { origin: new URL(page.url()).origin }
		});
		await context.post('/login', {
			form: { identifier: DEMO[who].signIn, password: DEMO_PASSWORD },
			maxRedirects: 0
		});
		const response = await context.get(audioUrl, { maxRedirects: 0 });
		expect(statuses, who).toContain(response.status());
		expect((await response.body()).length < 2000).toBe(true);
		await context.dispose();
	}
	// Signed out, a request for the sound (not a page) is refused outright rather than sent to sign in.
	const signedOut = await request.newContext({ baseURL: page.url() });
	const refused = await signedOut.get(audioUrl, { maxRedirects: 0 });
	expect(refused.status()).toBe(401);
	expect((await refused.body()).length < 2000).toBe(true);
	await signedOut.dispose();
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	const choose = (page: Page, name: string, buffer: Buffer, mimeType = 'audio/wav') =>
		page
			.getByLabel('Or choose a recording from your phone')
			.first()
			.setInputFiles({ name, mimeType, buffer });

	test('a recording chosen from the phone is sent with the statement', async ({ page }) => {
		await loginAs(page, 'jordan');
		await page.goto('/me/say/good_news');
		await expect(page.getByText('A sound file, up to 2 minutes and 5 MB.').first()).toBeVisible();
		await page.getByLabel("What's the good news?").fill('Listen to this');
		await choose(page, 'hello.wav', Buffer.from(wavBytes(72)));
		await page.getByRole('button', { name: 'Send', exact: true }).click();
		await expect(page.getByRole('heading', { name: 'Sent!' })).toBeVisible();
		expect(notesOf(sentId(page))).toEqual([
			{ content_type: 'audio/wav', duration_ms: 72_000, size: 72 * 8000 + 44 }
		]);
	});

	test('a file that is not a recording, or is too big, is refused and nothing is stored', async ({
		page
	}) => {
		await loginAs(page, 'jordan');
		const count = () =>
			queryTestDatabase<{ n: number }>('SELECT count(*) AS n FROM statements')[0]!.n;
		const before = count();
		await page.goto('/me/say/good_news');
		await page.getByLabel("What's the good news?").fill('My song');
		await choose(page, 'song.mp3', Buffer.from('this is not a recording at all'), 'audio/mpeg');
		await page.getByRole('button', { name: 'Send', exact: true }).click();
		await expect(
			page.getByText(
				'That file is not a recording. Please choose a sound file, or type your answer instead.'
			)
		).toBeVisible();
		await expect(page.getByLabel("What's the good news?")).toHaveValue('My song');

		// Over 5 MB: a long WAV, 11 minutes of it.
		await choose(page, 'long.wav', Buffer.from(wavBytes(660)));
		await page.getByRole('button', { name: 'Send', exact: true }).click();
		await expect(page.getByText('That recording is too big. It can be up to 5 MB.')).toBeVisible();
		expect(count()).toBe(before);
		expect(
			queryTestDatabase<{ n: number }>('SELECT count(*) AS n FROM draft_voice_notes')[0]!.n
		).toBe(0);
	});

	test('"Save and finish later" keeps the recording, to listen to and send later', async ({
		page
	}) => {
		await loginAs(page, 'jordan');
		await page.goto('/me/say/make_a_change');
		await page.getByLabel('Money').check();
		await choose(page, 'later.wav', Buffer.from(wavBytes(5)));
		await page.getByRole('button', { name: 'Save and finish later' }).click();
		await expect(page.getByText('Saved. You can come back and finish it later.')).toBeVisible();
		await page.goto('/me/say/make_a_change');
		await expect(page.getByText('We kept your recording.')).toBeVisible();
		const kept = await page.request.get('/me/say/make_a_change/voice/what');
		expect(kept.status()).toBe(200);
		expect(kept.headers()['content-type']).toBe('audio/wav');
		await page.getByRole('button', { name: 'Send', exact: true }).click();
		await expect(page.getByRole('heading', { name: 'Sent!' })).toBeVisible();
		expect(notesOf(sentId(page))).toEqual([
			{ content_type: 'audio/wav', duration_ms: 5000, size: 5 * 8000 + 44 }
		]);
	});
});
