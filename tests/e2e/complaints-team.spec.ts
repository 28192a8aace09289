import { expect as baseExpect, test, type Browser } from '@playwright/test';
import type { DemoAccount } from '../helpers/accounts';
import { expectNoAccessibilityViolations } from '../helpers/axe';
import { useOwnServerWithMail } from '../helpers/own-server';
import { signedInPage } from '../helpers/session';

// Mail is delivered on the server's own round (every 15 s): a little more patience for it.
const expect = baseExpect.configure({ timeout: 15_000 });

// Its own server on its own demo database, with a real SMTP server to read what the emails say.
const own = useOwnServerWithMail();
test.describe.configure({ mode: 'serial', timeout: 180_000 });

const signedIn = async (browser: Browser, who: DemoAccount, phone = false) =>
	(await signedInPage(browser, who, { phone, base: own.server.base })).page;

const WORDS = 'My worker never calls me back about seeing my brother';

test('a complaint reaches the complaints team by an email that says nothing of it, is read and marked there, and the young person sees where it is', async ({
	browser
}) => {
	const jordan = await signedIn(browser, 'jordan', true);
	await jordan.goto(`${own.server.base}/me/not-happy`);
	await jordan.getByLabel(/Make a complaint/).check();
	await jordan.getByLabel(/What is wrong/).fill(WORDS);
	await jordan.getByRole('button', { name: 'Send' }).click();
	await expect(jordan.getByRole('status')).toContainText('Sent. Thank you for telling us.');
	await expect(jordan.getByText('Nobody has got in touch yet.')).toBeVisible();

	// The emails, to the team's member and to the address the admin set, name nothing.
	const [person] = own.query<{ caseReference: string }>(
		"SELECT case_reference AS caseReference FROM young_people WHERE preferred_name = 'Jordan'"
	);
	const complaintMail = () =>
		own.smtp.received.filter((m) => m.includes('waiting for the complaints team'));
	await expect.poll(() => complaintMail().length, { timeout: 40_000 }).toBe(2);
	const mails = complaintMail();
	expect(mails.some((m) => m.includes('To: aileen@glenbrae.example'))).toBe(true);
	expect(mails.some((m) => m.includes('To: complaints@glenbrae.example'))).toBe(true);
	for (const mail of mails) {
		expect(mail).toContain(`${own.server.base}/complaints`);
		expect(mail).not.toContain('Jordan');
		expect(mail).not.toContain(person!.caseReference);
		expect(mail).not.toContain('brother');
		expect(mail).not.toContain('North');
	}

	// The complaints team's member reads it in Heard.
	const aileen = await signedIn(browser, 'aileen');
	await aileen.getByRole('link', { name: 'Complaints', exact: true }).click();
	await expect(
		aileen.getByRole('heading', { level: 1, name: 'Complaints and requests for an advocate' })
	).toBeVisible();
	await expectNoAccessibilityViolations(aileen);
	await aileen.getByRole('link', { name: 'Open a complaint from Jordan' }).click();
	await expect(
		aileen.getByRole('heading', { level: 1, name: 'A complaint from Jordan' })
	).toBeVisible();
	await expect(aileen.getByText(WORDS)).toBeVisible();
	await expect(aileen.getByText(person!.caseReference)).toBeVisible();
	await expectNoAccessibilityViolations(aileen);
	const reads = own.query<{ n: number }>(
		"SELECT count(*) AS n FROM audit_events a JOIN users u ON u.id = a.actor_id WHERE a.action = 'complaint_read' AND u.email = 'aileen@glenbrae.example'"
	);
	expect(reads[0]!.n).toBeGreaterThanOrEqual(1);

	await aileen.getByRole('button', { name: 'Save' }).click();
	await expect(aileen.getByText('Choose in touch or resolved.')).toBeVisible();
	await aileen.getByLabel(/In touch: someone is talking with them/).check();
	await aileen
		.getByLabel(/A note for the young person/)
		.fill('I will phone you on Friday after school.');
	await aileen.getByRole('button', { name: 'Save' }).click();
	await expect(aileen.getByRole('status')).toContainText('The young person now sees: In touch.');
	await expect(aileen.getByText(/In touch · .* · Aileen Grant/)).toBeVisible();

	// The young person sees where it is, in their words.
	await jordan.reload();
	await expect(
		jordan.getByText('Someone from the complaints team is in touch with you about this.')
	).toBeVisible();
	await expect(jordan.getByText('I will phone you on Friday after school.')).toBeVisible();
	await expect(jordan.getByText(WORDS)).toBeVisible();
	await expectNoAccessibilityViolations(jordan);

	// Their copy of their words holds it too, with what the team said.
	await jordan.goto(`${own.server.base}/me/words`);
	const asked = jordan.getByRole('article').filter({ hasText: WORDS });
	await expect(asked).toContainText(/You made a complaint on/);
	await expect(asked).toContainText('I will phone you on Friday after school.');
	await expectNoAccessibilityViolations(jordan);
	const copy = await (await jordan.request.get(`${own.server.base}/me/words/download`)).text();
	expect(copy).toContain(WORDS);
	expect(copy).toMatch(/: Someone from the complaints team is in touch with you about this\./);
	expect(copy).toContain('What they said: I will phone you on Friday after school.');
});

test('an administrator, and the young person’s own worker, are refused the complaints pages', async ({
	browser
}) => {
	const [complaint] = own.query<{ id: string }>('SELECT id FROM complaints LIMIT 1');
	for (const who of ['admin', 'sam'] as const) {
		const page = await signedIn(browser, who);
		await expect(page.getByRole('link', { name: 'Complaints', exact: true })).toHaveCount(0);
		for (const path of ['/complaints', `/complaints/${complaint!.id}`]) {
			const response = await page.goto(`${own.server.base}${path}`);
			expect(response?.status(), `${who} at ${path}`).toBe(403);
			await expect(page.getByText(WORDS)).toHaveCount(0);
		}
	}
	const adminReads = own.query<{ n: number }>(
		"SELECT count(*) AS n FROM audit_events a JOIN users u ON u.id = a.actor_id WHERE a.action = 'complaint_read' AND u.email IN ('admin@glenbrae.example', 'sam@glenbrae.example')"
	);
	expect(adminReads[0]!.n).toBe(0);
});
