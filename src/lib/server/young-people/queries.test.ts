import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { transaction } from '../db';
import { allocations } from '../db/schema';
import { allocate, createStaff, createTeam, createYoungPerson } from '$tests/fixtures';
import { findNewWorkerToAnnounce, findOwnRecord } from './queries';

describe("a young person's home: their worker", () => {
	it('names a new worker until they have been told, and always names the current one', async () => {
		const child = await createStaff(['young_person'], { firstName: 'Robin' });
		const id = await createYoungPerson({ teamId: await createTeam(), userId: child.id });
		expect(await findNewWorkerToAnnounce(id)).toBeNull();

		const old = await createStaff(['worker'], { firstName: 'Sam' });
		await allocate(id, old.id, new Date());
		const priya = await createStaff(['worker'], { firstName: 'Priya' });
		await allocate(id, priya.id);
		expect(await findNewWorkerToAnnounce(id)).toBe('Priya');
		expect((await findOwnRecord(child))?.workerFirstName).toBe('Priya');

		await transaction(async (tx) => {
			await tx
				.update(allocations)
				.set({ announced: true })
				.where(eq(allocations.workerId, priya.id));
		});
		expect(await findNewWorkerToAnnounce(id)).toBeNull();
		expect((await findOwnRecord(child))?.workerFirstName).toBe('Priya');
	});
});
