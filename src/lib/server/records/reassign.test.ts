import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '../db';
import { allocations, auditEvents } from '../db/schema';
import { allocate, createStaff, createTeam, createYoungPerson } from '$tests/fixtures';
import { reassignYoungPerson } from './reassign';

describe('reassignment', () => {
	it('ends the current allocation, starts an unannounced one, keeps the history and is audited', async () => {
		const admin = await createStaff(['admin']);
		const [sam, jo] = [await createStaff(['worker']), await createStaff(['worker'])];
		const id = await createYoungPerson({ teamId: await createTeam() });
		await allocate(id, sam.id);
		const now = new Date('2030-02-03T10:00:00Z');

		expect((await reassignYoungPerson(admin, id, jo.id, now)).ok).toBe(true);

		const rows = await db().select().from(allocations).where(eq(allocations.youngPersonId, id));
		expect(rows).toHaveLength(2);
		expect(rows.find((a) => a.workerId === sam.id)!.endedAt).toEqual(now);
		expect(rows.find((a) => a.workerId === jo.id)).toMatchObject({
			endedAt: null,
			announced: false,
			createdBy: admin.id
		});
		const event = (
			await db().select().from(auditEvents).where(eq(auditEvents.action, 'young_person_reassigned'))
		).at(-1)!;
		expect(event).toMatchObject({ youngPersonId: id, detail: { from: [sam.id], to: jo.id } });
		expect(await reassignYoungPerson(admin, id, jo.id)).toMatchObject({
			ok: false,
			error: 'same_worker'
		});
		expect(await reassignYoungPerson(admin, id, admin.id)).toMatchObject({
			ok: false,
			error: 'worker_invalid'
		});
	});
});
