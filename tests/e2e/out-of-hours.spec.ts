import { expect as baseExpect, test, type Browser, type Page } from '@playwright/test';
import { DEMO, type DemoAccount } from '../helpers/accounts';
import { expectNoAccessibilityViolations } from '../helpers/axe';
import { signedInPage } from '../helpers/session';
import { freshDatabasePath, startOwnServer, startSmtp } from '../helpers/own-server';

// Several people sign in (argon2 each time) and a mail round is up to 15 seconds apart.
const expect = baseExpect.configure({ timeout: 15_000 });
test.describe.configure({ timeout: 300_000 });

const WORRY = 'My mum has not come home and there is nobody here';
const STATEMENT = "Jordan: I'm worried or I don't feel safe";

const signedIn = async (browser: Browser, base: string, who: DemoAccount) =>
	(await signedInPage(browser, who, { base })).page;

/** The admin makes an out-of-hours team with Jamie on it, as an organisation would. */
async function setUpOutOfHoursTeam(admin: Page, base: string) {
	await admin.goto(`${base}/admin/teams`);
	await admin.getByLabel('Team name').fill('Emergency duty team');
	await admin.getByRole('button', { name: 'Add team' }).click();
	await expect(admin.getByRole('status')).toContainText('Emergency duty team');
	const row = admin.getByRole('row').filter({ hasText: 'Emergency duty team' });
	await row.getByRole('button', { name: /Make it the out-of-hours team/ }).click();
	await expect(admin.getByRole('status')).toContainText(
		'Emergency duty team is now the out-of-hours team.'
	);
	await expectNoAccessibilityViolations(admin);
	await admin.goto(`${base}/admin/staff`);
	await admin.getByRole('link', { name: /Jamie Brown/ }).click();
	await admin.getByLabel('Emergency duty team').selectOption('worker');
	await admin.getByRole('button', { name: 'Save', exact: true }).click();
	await expect(admin.getByRole('status')).toContainText('Saved.');
}

for (const scenario of [
	{ when: 'at 23:00 on a Saturday', clock: '2026-11-28T23:00:00Z', scotland: false },
	{
		when: "on St Andrew's Day, a Scottish bank holiday",
		clock: '2026-11-30T11:00:00Z',
		scotland: true
	}
]) {
	test(`an urgent statement sent ${scenario.when} reaches the out-of-hours team by email and in their list; one of them says they are dealing with it and the young person sees it`, async ({
		browser
	}) => {
		const smtp = await startSmtp();
		const server = await startOwnServer({
			DATABASE_URL: freshDatabasePath(),
			SMTP_URL: smtp.url,
			HEARD_CLOCK_START: scenario.clock
		});
		const base = server.base;
		try {
			const admin = await signedIn(browser, base, 'admin');
			await setUpOutOfHoursTeam(admin, base);
			if (scenario.scotland) {
				await admin.goto(`${base}/admin/working-time`);
				const holidays = admin.getByRole('table', { name: 'Bank holidays in the next two years' });
				await expect(holidays).not.toContainText("St Andrew's Day");
				await admin.getByLabel('Scotland').check();
				await admin.getByRole('button', { name: 'Save working hours' }).click();
				await expect(admin.getByRole('status')).toContainText('Saved.');
				// Scotland's list now, today's St Andrew's Day first.
				await expect(holidays.getByRole('row').nth(1)).toContainText("St Andrew's Day");
				await expectNoAccessibilityViolations(admin);
			}

			// Jordan says they are worried: nobody in Jordan's own team is at work.
			const jordan = await signedIn(browser, base, 'jordan');
			await jordan.goto(`${base}/me/say/worried`);
			await expect(jordan.getByText('This can happen at night or at the weekend.')).toBeVisible();
			await jordan.getByLabel("What's happening? What are you worried about?").fill(WORRY);
			await jordan.getByRole('button', { name: 'Send', exact: true }).click();
			await expect(jordan.getByRole('heading', { name: 'Sent!' })).toBeVisible();
			await expect(jordan.getByRole('status')).toContainText(
				'we have also told the people who help at night, at weekends and on holidays'
			);
			const ownPage = jordan.url().replace(/\?.*$/, '');

			// Jamie, on the out-of-hours team, is emailed a link, with no words and no name. Joining
			// the team was emailed to Jamie too (it gave a way to read, ADR 10): that one is not it.
			const toJamie = () =>
				smtp.received.filter((mail) => mail.includes(`To: ${DEMO.jamie.signIn}`));
			const urgentToJamie = () => toJamie().filter((mail) => mail.includes('/worker/statements/'));
			await expect.poll(() => urgentToJamie().length, { timeout: 40_000 }).toBeGreaterThan(0);
			const mail = urgentToJamie()[0]!;
			expect(mail).toContain('out-of-hours team');
			expect(mail).not.toContain('nobody here');
			expect(mail).not.toContain('Jordan');
			const link = mail.match(new RegExp(`${base}/worker/statements/[a-z0-9]+`))?.[0];
			expect(link).toBeTruthy();

			// … and finds it in the out-of-hours list on the worker page.
			const jamie = await signedIn(browser, base, 'jamie');
			const list = jamie.getByRole('region', { name: 'Urgent: out of hours' });
			await expect(list).toContainText(/nobody is dealing with it yet/);
			await expectNoAccessibilityViolations(jamie);
			await list.getByRole('link', { name: STATEMENT }).click();
			await expect(jamie).toHaveURL(link!);
			await expect(jamie.getByText(WORRY)).toBeVisible();
			// The statement, not the file: no link to Jordan's file, no reply box.
			await expect(jamie.getByRole('link', { name: /Open file/ })).toHaveCount(0);
			await expect(jamie.getByRole('button', { name: 'Send reply' })).toHaveCount(0);
			await jamie.getByRole('button', { name: "I'm dealing with this" }).click();
			await expect(jamie.getByRole('status')).toContainText(
				'You said you are dealing with this. The young person has been told.'
			);
			await expectNoAccessibilityViolations(jamie);

			// Jordan sees that someone has it in hand, and when.
			await jordan.goto(ownPage);
			const dealing = jordan.getByRole('region', {
				name: 'Someone has seen your message and is dealing with it'
			});
			await expect(dealing).toContainText(/Since .*(28|30) Nov 2026/);
			await expectNoAccessibilityViolations(jordan);

			// The team manager sees on the statement who was told, and who is dealing with it.
			const fiona = await signedIn(browser, base, 'manager');
			await fiona.goto(link!);
			await expect(fiona.getByText('Jamie is dealing with this, since')).toBeVisible();
			const told = fiona.getByRole('list').filter({ hasText: 'the worker and team manager' });
			await expect(told).toContainText('the out-of-hours team, because it was sent out of hours');
		} finally {
			await server.stop();
			await smtp.stop();
		}
	});
}

test('with no out-of-hours team, a worry sent at night is promised, and said to have reached, only the worker and their manager', async ({
	browser
}) => {
	const server = await startOwnServer({
		DATABASE_URL: freshDatabasePath(),
		HEARD_CLOCK_START: '2026-11-28T23:00:00Z'
	});
	try {
		const jordan = await signedIn(browser, server.base, 'jordan');
		await jordan.goto(`${server.base}/me/say/worried`);
		await expect(
			jordan.getByText('We tell your worker and their manager. They know at once.')
		).toBeVisible();
		await expect(jordan.getByText(/at night or at the weekend/)).toHaveCount(0);
		await jordan.getByLabel("What's happening? What are you worried about?").fill(WORRY);
		await jordan.getByRole('button', { name: 'Send', exact: true }).click();
		await expect(jordan.getByRole('heading', { name: 'Sent!' })).toBeVisible();
		await expect(jordan.getByRole('status')).toContainText(
			"We've told your worker and their manager."
		);
		await expect(jordan.getByRole('status')).not.toContainText('the people who help at night');
	} finally {
		await server.stop();
	}
});
