import { eq } from 'drizzle-orm';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '../db';
import { youngPeople } from '../db/schema';
import { allocate, createStaff, createTeam, createYoungPerson } from '$tests/fixtures';
import { describeYoungPerson } from '../young-people/queries';
import { currentTemplate } from '$lib/templates';
import { startBackgroundTasks } from '../notifications/scheduler';
import { sendStatementForm } from './send-form';

/** Who a real SMTP server on a free local port was given mail for, and when. */
const accepted: { to: string; at: number }[] = [];
const smtp = new SMTPServer({
	authOptional: true,
	disabledCommands: ['STARTTLS'],
	onData(stream, session, callback) {
		stream.on('data', () => {});
		stream.on('end', () => {
			for (const to of session.envelope.rcptTo) accepted.push({ to: to.address, at: Date.now() });
			callback();
		});
	}
});
let stopTasks = () => {};
let person: ReturnType<typeof describeYoungPerson>;

beforeAll(async () => {
	const port = await new Promise<number>((resolve) =>
		smtp.listen(0, '127.0.0.1', () => resolve((smtp.server.address() as AddressInfo).port))
	);
	const team = createTeam();
	const worker = await createStaff(['worker'], { email: 'robin@heard.example' });
	const id = createYoungPerson({ teamId: team, preferredName: 'Ola' });
	allocate(id, worker.id);
	person = describeYoungPerson(
		db().select().from(youngPeople).where(eq(youngPeople.id, id)).get()!
	);
	// The server's own mail round (every 15 s) starts now and next comes well after this test.
	stopTasks = startBackgroundTasks(`smtp://127.0.0.1:${port}`);
	await new Promise((resolve) => setTimeout(resolve, 1000));
});
afterAll(async () => {
	stopTasks();
	await new Promise<void>((resolve) => smtp.close(() => resolve()));
});

describe('an urgent statement', () => {
	it("has its worker's email sent at once, not at the next round of the outbox", async () => {
		const sentAt = Date.now();
		const sent = sendStatementForm({
			form: { what: 'Something is wrong at home.', idempotencyKey: 'urgent-mail-test-1' },
			template: currentTemplate('worried'),
			person,
			actorId: person.id,
			simple: false
		});
		expect(sent.sent).toBe(true);
		const until = Date.now() + 5000;
		while (!accepted.some((a) => a.to === 'robin@heard.example') && Date.now() < until)
			await new Promise((resolve) => setTimeout(resolve, 50));
		const mail = accepted.find((a) => a.to === 'robin@heard.example');
		expect(mail).toBeDefined();
		expect(mail!.at - sentAt).toBeLessThan(5000);
	});
});
