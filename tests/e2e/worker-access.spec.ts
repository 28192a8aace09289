import { expect, test } from '@playwright/test';
import { queryTestDatabase } from '../helpers/database';
import { loginAs } from '../helpers/session';

test.use({ viewport: { width: 1280, height: 900 } });

test("worker B cannot open worker A's young person's statement, file, meeting or export by id", async ({
	page
}) => {
	const maya = queryTestDatabase<{ id: string }>(
		"SELECT id FROM young_people WHERE preferred_name = 'Maya'"
	)[0]!.id;
	const statement = queryTestDatabase<{ id: string }>(
		'SELECT id FROM statements WHERE young_person_id = ? LIMIT 1',
		maya
	)[0]!.id;
	const meeting = queryTestDatabase<{ id: string }>(
		'SELECT id FROM meetings WHERE young_person_id = ? LIMIT 1',
		maya
	)[0]!.id;
	await loginAs(page, 'jamie');
	for (const path of [
		`/worker/statements/${statement}`,
		`/worker/statements/${statement}/record`,
		`/worker/young-people/${maya}`,
		`/worker/young-people/${maya}/meetings/new`,
		`/worker/meetings/${meeting}`
	]) {
		const response = await page.goto(path);
		expect(response?.status(), path).toBe(404);
		await expect(page.getByText('Maya')).toHaveCount(0);
	}
	for (const path of [
		`/worker/statements/${statement}/record.txt`,
		`/worker/meetings/${meeting}/pack.txt`
	]) {
		const response = await page.request.get(path);
		expect(response.status(), path).toBe(404);
		expect(await response.text()).not.toContain('GB-100231');
	}
	const reply = await page.request.post(`/worker/statements/${statement}?/reply`, {
		form: { body: 'Not mine to answer', key: 'abcdefgh12' },
		headers: { origin: new URL(page.url()).origin }
	});
	expect(reply.status()).toBe(404);
	expect(
		queryTestDatabase<{ n: number }>(
			"SELECT count(*) AS n FROM replies WHERE body = 'Not mine to answer'"
		)[0]!.n
	).toBe(0);
	await page.goto('/worker?status=all');
	await expect(page.getByRole('link', { name: 'Maya' })).toHaveCount(0);
});
