import { beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '../auth/session';
import { mayaWithTwoWaiting } from '$tests/fixtures/waiting';
import { workingCalendar } from '../working-time/calendar';
import { listCaseloadForWorker } from './queries';
import { listWaitingInManagedTeams, whatIsWaiting } from './waiting';

let worker: SessionUser;
let manager: SessionUser;
let maya: string;

beforeAll(async () => {
	({ worker, manager, maya } = await mayaWithTwoWaiting());
});

describe('what is waiting, in SQL', () => {
	it("counts the caseload's unread, urgent unread and open change requests", async () => {
		expect(await listCaseloadForWorker(worker)).toMatchObject([
			{ id: maya, unread: 1, urgentUnread: 1, openChanges: 1 }
		]);
	});

	it("lists both of the team's waiting statements for its manager", async () => {
		expect(await listWaitingInManagedTeams(manager, 2, new Date())).toHaveLength(2);
	});
});

describe('what a waiting statement needs, in TypeScript', () => {
	const sentAt = new Date('2025-01-06T09:00:00Z');
	const now = new Date('2025-01-06T10:00:00Z');
	it('agrees with the SQL: unread, awaiting a reply, an open change request', async () => {
		const calendar = await workingCalendar();
		expect(
			whatIsWaiting(
				{
					kind: 'feelings',
					firstReadAt: null,
					firstRepliedAt: null,
					closedAt: null,
					answeredBackAt: null,
					sentAt
				},
				2,
				now,
				calendar
			)
		).toMatchObject({ unread: true, awaitingReply: false, openChange: false });
		expect(
			whatIsWaiting(
				{
					kind: 'feelings',
					firstReadAt: now,
					firstRepliedAt: null,
					closedAt: null,
					answeredBackAt: null,
					sentAt
				},
				2,
				now,
				calendar
			)
		).toMatchObject({ unread: false, awaitingReply: true });
		expect(
			whatIsWaiting(
				{
					kind: 'make_a_change',
					firstReadAt: now,
					firstRepliedAt: now,
					closedAt: null,
					answeredBackAt: null,
					sentAt
				},
				2,
				now,
				calendar
			)
		).toMatchObject({ awaitingReply: false, openChange: true });
		expect(
			whatIsWaiting(
				{
					kind: 'make_a_change',
					firstReadAt: now,
					firstRepliedAt: now,
					closedAt: now,
					answeredBackAt: now,
					sentAt
				},
				2,
				now,
				calendar
			)
		).toMatchObject({ awaitingReply: true, answeredBack: true, openChange: false });
	});
});
