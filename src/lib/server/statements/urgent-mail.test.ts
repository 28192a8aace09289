import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '../db';
import { youngPeople } from '../db/schema';
import { allocate, createStaff, createTeam, createYoungPerson } from '$tests/fixtures';
import { startMailCatcher } from '$tests/helpers/mail-catcher';
import { describeYoungPerson } from '../young-people/queries';
import { currentTemplate } from '$lib/templates';
import { startBackgroundTasks } from '../background-tasks';
import { sendStatementForm } from '../say/send-form';

let smtp: Awaited<ReturnType<typeof startMailCatcher>>;
let stopTasks = async () => {};
let person: Awaited<ReturnType<typeof describeYoungPerson>>;

beforeAll(async () => {
	smtp = await startMailCatcher();
	const team = await createTeam();
	const worker = await createStaff(['worker'], { email: 'robin@heard.example' });
	const id = await createYoungPerson({ teamId: team, preferredName: 'Ola' });
	await allocate(id, worker.id);
	person = await describeYoungPerson(
		(await db().select().from(youngPeople).where(eq(youngPeople.id, id)).limit(1))[0]!
	);
	// The server's own mail round (every 15 s) starts now and next comes well after this test.
	stopTasks = await startBackgroundTasks(smtp.url);
	await new Promise((resolve) => setTimeout(resolve, 1000));
});
afterAll(async () => {
	await stopTasks();
	await smtp.stop();
});

describe('an urgent statement', () => {
	it("has its worker's email sent at once, not at the next round of the outbox", async () => {
		const sentAt = Date.now();
		const sent = await sendStatementForm({
			form: { what: 'Something is wrong at home.', idempotencyKey: 'urgent-mail-test-1' },
			template: currentTemplate('worried'),
			person,
			actorId: person.id,
			simple: false,
			language: 'en'
		});
		expect(sent.sent).toBe(true);
		const mail = await smtp.acceptedFor('robin@heard.example', 5000);
		expect(mail).toBeDefined();
		expect(mail!.at - sentAt).toBeLessThan(5000);
	});
});
