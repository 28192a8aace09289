import { describe, expect, it } from 'vitest';
import { runAlone } from './alone';

describe('a background job', () => {
	it('runs, and says so', async () => {
		let ran = 0;
		expect(await runAlone('test-job', async () => void ran++)).toBe(true);
		expect(ran).toBe(1);
	});

	it('is not started again while it runs, and runs again once it has finished', async () => {
		let finish = () => {};
		const first = runAlone('test-job', () => new Promise<void>((resolve) => (finish = resolve)));
		// On PostgreSQL the first holds its lock on a session of its own, as another server would.
		await new Promise((resolve) => setTimeout(resolve, 100));
		let second = 0;
		expect(await runAlone('test-job', async () => void second++)).toBe(false);
		expect(second).toBe(0);
		finish();
		expect(await first).toBe(true);
		expect(await runAlone('test-job', async () => void second++)).toBe(true);
		expect(second).toBe(1);
	});

	it('lets go of the job when the job fails', async () => {
		await expect(
			runAlone('failing-job', () => Promise.reject(new Error('the mail server said no')))
		).rejects.toThrow('the mail server said no');
		expect(await runAlone('failing-job', async () => {})).toBe(true);
	});

	it('keeps different jobs apart', async () => {
		let finish = () => {};
		const mail = runAlone('mail', () => new Promise<void>((resolve) => (finish = resolve)));
		expect(await runAlone('escalation', async () => {})).toBe(true);
		finish();
		expect(await mail).toBe(true);
	});
});
