import { expect, test } from '@playwright/test';
import { expectNoAccessibilityViolations } from '../helpers/axe';
import { queryTestDatabase } from '../helpers/database';
import { loginAs } from '../helpers/session';

test.use({ viewport: { width: 1280, height: 900 } });

const idOf = (name: string) =>
	queryTestDatabase<{ id: string }>(
		'SELECT id FROM young_people WHERE preferred_name = ?',
		name
	)[0]!.id;
const leahsReview = () =>
	queryTestDatabase<{ id: string }>(
		"SELECT m.id FROM meetings m JOIN young_people y ON y.id = m.young_person_id WHERE y.preferred_name = 'Leah'"
	)[0]!.id;
const exportsOf = (subject: string) =>
	queryTestDatabase<{ n: number }>(
		"SELECT count(*) AS n FROM audit_events WHERE action = 'statement_exported' AND subject_id = ?",
		subject
	)[0]!.n;

test('a worker schedules a meeting; a date in the past is refused', async ({ page }) => {
	await loginAs(page, 'sam');
	await page.goto(`/worker/young-people/${idOf('Maya')}`);
	await page.getByRole('link', { name: 'Schedule a meeting' }).click();
	await expect(page.getByRole('heading', { name: 'Schedule a meeting for Maya' })).toBeVisible();
	await expectNoAccessibilityViolations(page);

	await page.getByLabel('Type of meeting').selectOption({ label: 'Team around the child meeting' });
	await page.getByLabel('Date and time').fill('2020-05-01T10:00');
	await page.getByLabel('Chair (optional)').fill('Head teacher');
	await page.getByRole('button', { name: 'Schedule meeting' }).click();
	await expect(page.getByText('That date and time has passed.')).toBeVisible();
	await expect(page.getByLabel('Chair (optional)')).toHaveValue('Head teacher');

	const next = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
	await page.getByLabel('Date and time').fill(`${next}T14:30`);
	await page.getByRole('button', { name: 'Schedule meeting' }).click();
	await expect(page).toHaveURL(/\/worker\/meetings\/[a-z0-9]+$/);
	await expect(page.getByText('Maya has not sent their views for this meeting.')).toBeVisible();
	await expect(page.getByText('Chair: Head teacher')).toBeVisible();
	await expectNoAccessibilityViolations(page);
});

test("the meeting page is a printable pack of the child's views, also as text", async ({
	page
}) => {
	await loginAs(page, 'sam');
	const meeting = leahsReview();
	await page.goto(`/worker/meetings/${meeting}`);
	await expect(
		page.getByRole('heading', { name: 'What Leah said for this meeting' })
	).toBeVisible();
	await expect(page.getByText('Stay here until I finish school.')).toBeVisible();
	await expect(page.getByText(/Save as PDF/)).toBeVisible();
	await expectNoAccessibilityViolations(page);

	const pack = await page.request.get(`/worker/meetings/${meeting}/pack.txt`);
	expect(pack.headers()['content-type']).toContain('text/plain');
	const text = await pack.text();
	expect(text).toContain('Case reference: GB-100305');
	expect(text).toContain('Stay here until I finish school.');
});

test("a child's file says when their views were sent for each meeting", async ({ page }) => {
	await loginAs(page, 'sam');
	await page.goto(`/worker/young-people/${idOf('Leah')}`);
	const meetings = page.getByRole('region', { name: 'Meetings' });
	const review = meetings.getByRole('listitem').filter({ hasText: 'Review meeting' });
	await expect(review).toContainText(/views sent \d{1,2} \w{3} \d{4}, \d+ days before the meeting/);
	await expect(review).not.toContainText('no views sent');
	// A file spans years: each meeting says which.
	await expect(review).toContainText(/Review meeting on \d{1,2} \w{3} \d{4}/);
	// The item may also offer "tell them what was decided": the meeting is the link to the meeting page.
	await review.locator(`a[href="/worker/meetings/${leahsReview()}"]`).click();
	await expect(page).toHaveURL(new RegExp(`/worker/meetings/${leahsReview()}$`));
});

test('the meeting page and its pack say plainly that the views came before the meeting', async ({
	page
}) => {
	await loginAs(page, 'sam');
	await page.goto(`/worker/meetings/${leahsReview()}`);
	await expect(page.getByText("Leah's views came before the meeting.")).toBeVisible();
	await expect(page.getByRole('heading', { level: 3 })).toContainText(
		/Sent .+, \d+ days before the meeting/
	);
	await expectNoAccessibilityViolations(page);
	const pack = await (await page.request.get(`/worker/meetings/${leahsReview()}/pack.txt`)).text();
	expect(pack).toMatch(/Meeting: Review meeting on .+ \(sent \d+ days before the meeting\)/);
});

test('a statement is exported for the case record as a printable page and as text, and audited', async ({
	page
}) => {
	await loginAs(page, 'sam');
	const [statement] = queryTestDatabase<{ id: string }>(
		"SELECT id FROM statements WHERE answers LIKE '%Moving again.%'"
	);
	const before = exportsOf(statement!.id);
	await page.goto(`/worker/statements/${statement!.id}`);
	await page.getByRole('link', { name: 'Case record (printable)' }).click();
	await expect(page.getByText('Case reference: GB-100305')).toBeVisible();
	await expect(page.getByText('Moving again.')).toBeVisible();
	await expectNoAccessibilityViolations(page);

	const downloading = page.waitForEvent('download');
	await page.getByRole('link', { name: 'Case record as text' }).click();
	const download = await downloading;
	const chunks: Buffer[] = [];
	for await (const chunk of (await download.createReadStream())!) chunks.push(chunk as Buffer);
	const text = Buffer.concat(chunks).toString('utf8');
	expect(text).toContain('Case reference: GB-100305');
	expect(text).toContain('Moving again.');
	expect(exportsOf(statement!.id)).toBe(before + 2);
});

test("a young person's file shows About me, everything they said, and feelings as a chart and a table", async ({
	page
}) => {
	await loginAs(page, 'sam');
	await page.goto(`/worker/young-people/${idOf('Jordan')}`);
	await expect(page.getByRole('heading', { name: "Jordan's file" })).toBeVisible();
	await expect(page.getByText('Football, drawing, my dog Biscuit.')).toBeVisible();
	await expect(page.getByText('I am coming to see you at school today at 1pm.')).toBeVisible();
	await expect(page.getByText('Jamie Brown, from')).toBeVisible();
	await expectNoAccessibilityViolations(page);

	await page.goto(`/worker/young-people/${idOf('Leah')}`);
	await expect(page.getByRole('img', { name: /Safe: scores over time/ })).toBeVisible();
	await expect(page.getByRole('table', { name: /Feelings scores/ })).toBeVisible();
	await expectNoAccessibilityViolations(page);
});
