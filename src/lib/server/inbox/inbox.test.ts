import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '../auth/session';
import { db } from '../db';
import { meetings, statements } from '../db/schema';
import {
	addStatement,
	addToTeam,
	allocate,
	createStaff,
	createTeam,
	createYoungPerson
} from '$tests/fixtures';
import { isOverdue } from './overdue';
import { listInboxForWorker } from './queries';

const at = (iso: string) => new Date(iso);
const sentAt = (id: string, when: Date) =>
	db().update(statements).set({ sentAt: when }).where(eq(statements.id, id)).run();

let sam: SessionUser;
let alex: SessionUser;
const ids = {} as Record<
	'maya' | 'ben' | 'cara' | 'goodNews' | 'oldUnread' | 'urgent' | 'change' | 'doneNews' | 'caras',
	string
>;
// Monday 13 January 2025, midday.
const now = at('2025-01-13T12:00:00Z');

beforeAll(async () => {
	const north = createTeam('North');
	sam = await createStaff(['worker'], { firstName: 'Sam' });
	alex = await createStaff(['worker'], { firstName: 'Alex' });
	addToTeam(north, sam.id, 'worker');
	ids.maya = createYoungPerson({ teamId: north, preferredName: 'Maya' });
	ids.ben = createYoungPerson({ teamId: north, preferredName: 'Ben' });
	ids.cara = createYoungPerson({ teamId: north, preferredName: 'Cara' });
	allocate(ids.maya, sam.id);
	allocate(ids.ben, sam.id);
	allocate(ids.cara, alex.id);

	ids.goodNews = addStatement(ids.maya, { kind: 'good_news' });
	sentAt(ids.goodNews, at('2025-01-13T09:00:00Z'));
	ids.oldUnread = addStatement(ids.ben, { kind: 'feelings' });
	sentAt(ids.oldUnread, at('2025-01-08T09:00:00Z'));
	ids.urgent = addStatement(ids.maya, { kind: 'worried', urgent: true });
	sentAt(ids.urgent, at('2025-01-13T11:00:00Z'));
	ids.change = addStatement(ids.ben, { kind: 'make_a_change', readBy: sam.id });
	sentAt(ids.change, at('2025-01-06T09:00:00Z'));
	db()
		.update(statements)
		.set({ firstRepliedAt: at('2025-01-07T09:00:00Z'), status: 'replied' })
		.where(eq(statements.id, ids.change))
		.run();
	ids.doneNews = addStatement(ids.maya, { kind: 'good_news', readBy: sam.id });
	db()
		.update(statements)
		.set({
			firstRepliedAt: at('2025-01-10T09:00:00Z'),
			status: 'replied',
			sentAt: at('2025-01-09T09:00:00Z')
		})
		.where(eq(statements.id, ids.doneNews))
		.run();
	ids.caras = addStatement(ids.cara, { kind: 'worried', urgent: true });

	const meeting = db()
		.insert(meetings)
		.values({
			youngPersonId: ids.maya,
			type: 'looked_after_review',
			scheduledAt: at('2025-01-16T10:00:00Z')
		})
		.returning()
		.get();
	db()
		.update(statements)
		.set({ meetingId: meeting.id })
		.where(eq(statements.id, ids.goodNews))
		.run();
});

describe('the inbox', () => {
	it('puts urgent unread first, then unread (oldest first), then what awaits a reply or outcome', () => {
		const rows = listInboxForWorker(sam, {}, now);
		expect(rows.map((r) => r.id)).toEqual([ids.urgent, ids.oldUnread, ids.goodNews, ids.change]);
	});

	it('shows only statements of young people currently allocated to the worker', () => {
		const all = listInboxForWorker(sam, { status: 'all' }, now).map((r) => r.id);
		expect(all).toContain(ids.doneNews);
		expect(all).not.toContain(ids.caras);
		expect(listInboxForWorker(alex, { status: 'all' }, now).map((r) => r.id)).toEqual([ids.caras]);
	});

	it('filters by young person, kind, status and overdue', () => {
		expect(listInboxForWorker(sam, { youngPersonId: ids.ben }, now).map((r) => r.id)).toEqual([
			ids.oldUnread,
			ids.change
		]);
		expect(listInboxForWorker(sam, { kind: 'worried' }, now).map((r) => r.id)).toEqual([
			ids.urgent
		]);
		expect(listInboxForWorker(sam, { status: 'open_change' }, now).map((r) => r.id)).toEqual([
			ids.change
		]);
		expect(listInboxForWorker(sam, { status: 'unread' }, now).map((r) => r.id)).toEqual([
			ids.urgent,
			ids.oldUnread,
			ids.goodNews
		]);
		expect(listInboxForWorker(sam, { overdueOnly: true }, now).map((r) => r.id)).toEqual([
			ids.oldUnread
		]);
	});

	it('says when a statement was sent for a meeting', () => {
		const row = listInboxForWorker(sam, {}, now).find((r) => r.id === ids.goodNews);
		expect(row?.meetingAt?.toISOString()).toBe('2025-01-16T10:00:00.000Z');
	});
});

describe('overdue, in working days', () => {
	// Sent on a Friday morning: two working days later is Tuesday morning, not Sunday.
	const friday = { sentAt: at('2025-01-03T10:00:00Z'), firstReadAt: null };
	it('skips the weekend', () => {
		expect(isOverdue(friday, 2, at('2025-01-06T12:00:00Z'))).toBe(false);
		expect(isOverdue(friday, 2, at('2025-01-07T09:59:00Z'))).toBe(false);
		expect(isOverdue(friday, 2, at('2025-01-07T10:01:00Z'))).toBe(true);
	});
	it('never marks a read statement overdue', () => {
		expect(
			isOverdue(
				{ ...friday, firstReadAt: at('2025-01-03T11:00:00Z') },
				2,
				at('2025-02-01T00:00:00Z')
			)
		).toBe(false);
	});
	it('follows the response-time setting', () => {
		expect(isOverdue(friday, 3, at('2025-01-07T12:00:00Z'))).toBe(false);
	});
});
