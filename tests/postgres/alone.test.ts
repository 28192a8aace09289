import postgres from 'postgres';
import { afterAll, describe, expect, it } from 'vitest';
import { runAlone } from '../../src/lib/server/db/alone';

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
});
