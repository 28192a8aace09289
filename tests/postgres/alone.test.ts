import postgres from 'postgres';
import { afterAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { postgresWriter, transaction } from '../../src/lib/server/db';
import { runAlone } from '../../src/lib/server/db/alone';
import { mailOutbox } from '../../src/lib/server/db/schema';
import { markMailSent } from '../../src/lib/server/notifications/outbox';

// Another Heard server on the same database: a session of its own, as each server's pool has.
const otherServer = postgres(process.env.DATABASE_URL!, { max: 1, onnotice: () => {} });
afterAll(() => otherServer.end());

const takeJob = (job: string) => otherServer`SELECT pg_advisory_lock(hashtext(${`heard:${job}`}))`;

describe('a background job on several servers', () => {
	it('is not run here while another server runs it, and is once it has finished', async () => {
		await takeJob('mail');
		let ran = 0;
		expect(await runAlone('mail', async () => void ran++)).toBe(false);
		await otherServer`SELECT pg_advisory_unlock(hashtext('heard:mail'))`;
		expect(await runAlone('mail', async () => void ran++)).toBe(true);
		expect(ran).toBe(1);
	});

	it('is taken up here when the server running it is killed mid-job', async () => {
		const dying = postgres(process.env.DATABASE_URL!, { max: 1, onnotice: () => {} });
		const [held] = await dying<{ pid: number }[]>`
			SELECT pg_backend_pid() AS pid, pg_advisory_lock(hashtext('heard:escalation'))`;
		expect(await runAlone('escalation', async () => {})).toBe(false);
		// What a SIGKILL leaves: the server's connection gone, with whatever it held.
		await otherServer`SELECT pg_terminate_backend(${held!.pid})`;
		await expect.poll(() => runAlone('escalation', async () => {}), { timeout: 5000 }).toBe(true);
		await dying.end({ timeout: 0 }).catch(() => undefined);
	});

	it("marks an email sent at once on the job's own session, while every other connection is busy", async () => {
		const [mail] = await transaction((tx) =>
			tx
				.insert(mailOutbox)
				.values({
					to: 'worker@example.invalid',
					subject: 'Urgent',
					body: 'Read it',
					nextAttemptAt: new Date()
				})
				.returning()
		);
		const pool = postgresWriter()!.$client;
		const busy: Awaited<ReturnType<typeof pool.reserve>>[] = [];
		const sentAt = new Date('2026-12-02T12:00:00Z');
		let marked: 'marked' | 'still waiting' = 'still waiting';
		await runAlone('mail', async (writeAtOnce) => {
			// The rest of the writing pool taken, as a busy moment's transactions take it.
			for (let i = 1; i < pool.options.max; i += 1) busy.push(await pool.reserve());
			marked = await Promise.race([
				markMailSent(mail!.id, sentAt, writeAtOnce).then(() => 'marked' as const),
				new Promise<'still waiting'>((resolve) => setTimeout(() => resolve('still waiting'), 3000))
			]);
		});
		busy.forEach((session) => session.release());
		expect(marked).toBe('marked');
		const [row] = await otherServer<
			{ sent_at: Date }[]
		>`SELECT sent_at FROM mail_outbox WHERE id = ${mail!.id}`;
		expect(row!.sent_at.getTime()).toBe(sentAt.getTime());
		await transaction((tx) => tx.delete(mailOutbox).where(eq(mailOutbox.id, mail!.id)));
	});
});
