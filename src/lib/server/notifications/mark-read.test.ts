import { describe, expect, it } from 'vitest';
import { createStaff } from '$tests/fixtures';
import { queriesRunBy } from '$tests/fixtures/query-count';
import { transaction } from '../db';
import { notifications } from '../db/schema';
import { markNotificationsRead } from './mutations';
import { countUnreadNotifications, listNotificationsForStaff } from './queries';

const minutesPast = (minutes: number) => new Date(Date.UTC(2026, 11, 2, 9, minutes));

async function notifyAt(userId: string, createdAt: Date) {
	await transaction((tx) => tx.insert(notifications).values({ userId, kind: 'reply', createdAt }));
}

describe('a member of staff seeing their notifications', () => {
	it('reads what the list showed, and one that came while it was drawn stays new', async () => {
		const worker = await createStaff(['worker']);
		await notifyAt(worker.id, minutesPast(1));
		await notifyAt(worker.id, minutesPast(2));
		const shown = await listNotificationsForStaff(worker);
		await notifyAt(worker.id, minutesPast(3));

		await markNotificationsRead(worker, shown, minutesPast(4));

		expect(await countUnreadNotifications(worker.id)).toBe(1);
		const [newest, ...older] = await listNotificationsForStaff(worker);
		expect(newest?.readAt).toBeNull();
		expect(older.map((n) => n.readAt)).toEqual([minutesPast(4), minutesPast(4)]);
	});

	it('writes nothing when nothing on the list was new', async () => {
		const worker = await createStaff(['worker']);
		await notifyAt(worker.id, minutesPast(1));
		await markNotificationsRead(worker, await listNotificationsForStaff(worker));
		const allRead = await listNotificationsForStaff(worker);

		expect(await queriesRunBy(() => markNotificationsRead(worker, allRead))).toBe(0);
		expect(await queriesRunBy(() => markNotificationsRead(worker, []))).toBe(0);
	});
});
