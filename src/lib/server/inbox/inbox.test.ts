import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '../auth/session';
import { transaction } from '../db';
import { theRow } from '../db/rows';
import { meetings, statements } from '../db/schema';
import {
	addStatement,
	addToTeam,
	allocate,
	createStaff,
	createTeam,
	createYoungPerson
} from '$tests/fixtures';
import { workingCalendar, type WorkingCalendar } from '../working-time/calendar';
import { isOverdue } from '../statements/overdue';
import { listInboxForWorker } from './queries';

const at = (iso: string) => new Date(iso);
const sentAt = async (id: string, when: Date) =>
	await transaction(async (tx) => {
		await tx.update(statements).set({ sentAt: when }).where(eq(statements.id, id));
	});

let sam: SessionUser;
let alex: SessionUser;
const ids = {} as Record<
	'maya' | 'ben' | 'cara' | 'goodNews' | 'oldUnread' | 'urgent' | 'change' | 'doneNews' | 'caras',
	string
>;
// Monday 13 January 2025, midday.
const now = at('2025-01-13T12:00:00Z');

beforeAll(async () => {
	const north = await createTeam('North');
	sam = await createStaff(['worker'], { firstName: 'Sam' });
	alex = await createStaff(['worker'], { firstName: 'Alex' });
	await addToTeam(north, sam.id, 'worker');
	ids.maya = await createYoungPerson({ teamId: north, preferredName: 'Maya' });
	ids.ben = await createYoungPerson({ teamId: north, preferredName: 'Ben' });
	ids.cara = await createYoungPerson({ teamId: north, preferredName: 'Cara' });
	await allocate(ids.maya, sam.id);
	await allocate(ids.ben, sam.id);
	await allocate(ids.cara, alex.id);

	ids.goodNews = await addStatement(ids.maya, { kind: 'good_news' });
	await sentAt(ids.goodNews, at('2025-01-13T09:00:00Z'));
	ids.oldUnread = await addStatement(ids.ben, { kind: 'feelings' });
	await sentAt(ids.oldUnread, at('2025-01-08T09:00:00Z'));
	ids.urgent = await addStatement(ids.maya, { kind: 'worried', urgent: true });
	await sentAt(ids.urgent, at('2025-01-13T11:00:00Z'));
	ids.change = await addStatement(ids.ben, { kind: 'make_a_change', readBy: sam.id });
	await sentAt(ids.change, at('2025-01-06T09:00:00Z'));
	await transaction(async (tx) => {
		await tx
			.update(statements)
			.set({ firstRepliedAt: at('2025-01-07T09:00:00Z'), status: 'replied' })
			.where(eq(statements.id, ids.change));
	});
	ids.doneNews = await addStatement(ids.maya, { kind: 'good_news', readBy: sam.id });
	await transaction(async (tx) => {
		await tx
			.update(statements)
			.set({
				firstRepliedAt: at('2025-01-10T09:00:00Z'),
				status: 'replied',
				sentAt: at('2025-01-09T09:00:00Z')
			})
			.where(eq(statements.id, ids.doneNews));
	});
	ids.caras = await addStatement(ids.cara, { kind: 'worried', urgent: true });

	await transaction(async (tx) => {
		const meeting = theRow(
			await tx
				.insert(meetings)
				.values({
					youngPersonId: ids.maya,
					type: 'looked_after_review',
					scheduledAt: at('2025-01-16T10:00:00Z')
				})
				.returning()
		);
		await tx
			.update(statements)
			.set({ meetingId: meeting.id })
			.where(eq(statements.id, ids.goodNews));
	});
});

describe('the inbox', () => {
	it('puts urgent unread first, then unread (oldest first), then what awaits a reply or outcome', async () => {
		const rows = await listInboxForWorker(sam, {}, now);
		expect(rows.map((r) => r.id)).toEqual([ids.urgent, ids.oldUnread, ids.goodNews, ids.change]);
	});

	it('shows only statements of young people currently allocated to the worker', async () => {
		const all = (await listInboxForWorker(sam, { status: 'all' }, now)).map((r) => r.id);
		expect(all).toContain(ids.doneNews);
		expect(all).not.toContain(ids.caras);
		expect((await listInboxForWorker(alex, { status: 'all' }, now)).map((r) => r.id)).toEqual([
			ids.caras
		]);
	});

	it('filters by young person, kind, status and overdue', async () => {
		expect(
			(await listInboxForWorker(sam, { youngPersonId: ids.ben }, now)).map((r) => r.id)
		).toEqual([ids.oldUnread, ids.change]);
		expect((await listInboxForWorker(sam, { kind: 'worried' }, now)).map((r) => r.id)).toEqual([
			ids.urgent
		]);
		expect(
			(await listInboxForWorker(sam, { status: 'open_change' }, now)).map((r) => r.id)
		).toEqual([ids.change]);
		expect((await listInboxForWorker(sam, { status: 'unread' }, now)).map((r) => r.id)).toEqual([
			ids.urgent,
			ids.oldUnread,
			ids.goodNews
		]);
		expect((await listInboxForWorker(sam, { overdueOnly: true }, now)).map((r) => r.id)).toEqual([
			ids.oldUnread
		]);
	});

	it('says when a statement was sent for a meeting', async () => {
		const row = (await listInboxForWorker(sam, {}, now)).find((r) => r.id === ids.goodNews);
		expect(row?.meetingAt?.toISOString()).toBe('2025-01-16T10:00:00.000Z');
	});
});

describe('the inbox in pages', () => {
	it('splits the same order into pages that neither skip nor repeat a statement', async () => {
		const whole = (await listInboxForWorker(sam, { status: 'all' }, now)).map((r) => r.id);
		expect(whole.length).toBeGreaterThan(2);
		const pages = [];
		for (const page of [1, 2, 3, 4])
			pages.push(
				...(await listInboxForWorker(sam, { status: 'all' }, now, { page, limit: 2 })).map(
					(r) => r.id
				)
			);
		expect(pages).toEqual(whole);
		expect(await listInboxForWorker(sam, { status: 'all' }, now, { page: 9, limit: 2 })).toEqual(
			[]
		);
	});
});

describe('overdue, in working days', () => {
	// Sent on a Friday morning: two working days later is Tuesday morning, not Sunday.
	const friday = { sentAt: at('2025-01-03T10:00:00Z'), firstReadAt: null };
	let calendar: WorkingCalendar;
	beforeAll(async () => {
		calendar = await workingCalendar();
	});
	it('skips the weekend', () => {
		expect(isOverdue(friday, 2, at('2025-01-06T12:00:00Z'), calendar)).toBe(false);
		expect(isOverdue(friday, 2, at('2025-01-07T09:59:00Z'), calendar)).toBe(false);
		expect(isOverdue(friday, 2, at('2025-01-07T10:01:00Z'), calendar)).toBe(true);
	});
	it('never marks a read statement overdue', () => {
		expect(
			isOverdue(
				{ ...friday, firstReadAt: at('2025-01-03T11:00:00Z') },
				2,
				at('2025-02-01T00:00:00Z'),
				calendar
			)
		).toBe(false);
	});
	it('follows the response-time setting', () => {
		expect(isOverdue(friday, 3, at('2025-01-07T12:00:00Z'), calendar)).toBe(false);
	});
});
