import { eq } from 'drizzle-orm';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '../auth/session';
import { findStatementForStaff, findYoungPersonFile } from '../casefile/queries';
import { db } from '../db';
import { meetings, outcomes, replies, statements, youngPeople } from '../db/schema';
import { listInboxForWorker } from '../inbox/queries';
import { findMeetingForStaff } from '../meetings/queries';
import { summariseTeamForManager } from '../team/queries';
import {
	addStatement,
	addToTeam,
	allocate,
	createStaff,
	createTeam,
	createYoungPerson
} from '$tests/fixtures';
import { listCaseloadForWorker } from './queries';
import { readStatements } from './reader';

/*
 * Every statement SQLite runs, counted where better-sqlite3 runs it: the
 * methods of its prepared statements, whoever prepared them.
 */
const executions: string[] = [];
const Statement = Object.getPrototypeOf(new Database(':memory:').prepare('select 1'));
const runners = ['run', 'get', 'all', 'iterate'] as const;
const originals = runners.map((name) => [name, Statement[name]] as const);
for (const [name, original] of originals) {
	Statement[name] = function (this: { source: string }, ...args: unknown[]) {
		executions.push(this.source);
		return original.apply(this, args);
	};
}
afterAll(() => {
	for (const [name, original] of originals) Statement[name] = original;
});
function queriesRunBy(read: () => unknown): number {
	executions.length = 0;
	read();
	return executions.length;
}

let worker: SessionUser;
let otherWorker: SessionUser;
let manager: SessionUser;
let otherManager: SessionUser;
let admin: SessionUser;
let north: string;

/** A young person of the worker's with `n` statements for one meeting, each with two replies and an outcome. */
function youngPersonWith(n: number, options: { teamId?: string; archived?: boolean } = {}) {
	const id = createYoungPerson({ teamId: options.teamId ?? north });
	allocate(id, worker.id);
	const meetingId = db()
		.insert(meetings)
		.values({ youngPersonId: id, type: 'looked_after_review', scheduledAt: new Date() })
		.returning()
		.get().id;
	const ids: string[] = [];
	for (let i = 0; i < n; i++) {
		const statementId = addStatement(id, { kind: 'make_a_change', urgent: true });
		db().update(statements).set({ meetingId }).where(eq(statements.id, statementId)).run();
		for (const body of ['We can talk on Friday.', 'Thank you.'])
			db().insert(replies).values({ statementId, authorId: worker.id, body }).run();
		db()
			.insert(outcomes)
			.values({
				statementId,
				decision: 'agreed',
				explanation: 'Yes.',
				recordedBy: worker.id,
				recordedAt: new Date()
			})
			.run();
		ids.push(statementId);
	}
	if (options.archived)
		db().update(youngPeople).set({ archivedAt: new Date() }).where(eq(youngPeople.id, id)).run();
	return { id, meetingId, statementIds: ids };
}

beforeAll(async () => {
	north = createTeam('North');
	const south = createTeam('South');
	worker = await createStaff(['worker'], { firstName: 'Sam' });
	otherWorker = await createStaff(['worker'], { firstName: 'Jamie' });
	manager = await createStaff(['manager'], { firstName: 'Fiona' });
	otherManager = await createStaff(['manager'], { firstName: 'Gus' });
	admin = await createStaff(['admin'], { firstName: 'Morven' });
	addToTeam(north, worker.id, 'worker');
	addToTeam(north, manager.id, 'manager');
	addToTeam(south, otherManager.id, 'manager');
});

describe('the case file', () => {
	it('reads a file of any length in the same few queries', () => {
		const short = youngPersonWith(1);
		const long = youngPersonWith(25);
		const file = findYoungPersonFile(worker, long.id);
		expect(file?.timeline).toHaveLength(25);
		expect(file?.timeline.every((s) => s.thread.length === 2 && s.outcome?.by === 'Sam')).toBe(
			true
		);
		const forShort = queriesRunBy(() => findYoungPersonFile(worker, short.id));
		expect(queriesRunBy(() => findYoungPersonFile(worker, long.id))).toBe(forShort);
		expect(forShort).toBeGreaterThan(0);
		expect(forShort).toBeLessThanOrEqual(4);
	});

	it('reads a meeting pack of any length in the same few queries', () => {
		const short = youngPersonWith(1);
		const long = youngPersonWith(25);
		expect(findMeetingForStaff(worker, long.meetingId)?.statements).toHaveLength(25);
		const forShort = queriesRunBy(() => findMeetingForStaff(worker, short.meetingId));
		expect(queriesRunBy(() => findMeetingForStaff(worker, long.meetingId))).toBe(forShort);
		expect(forShort).toBeGreaterThan(0);
		expect(forShort).toBeLessThanOrEqual(2);
	});
});

describe('whose statements come back', () => {
	it("never someone else's young person's, however they are asked for", () => {
		const { id, meetingId, statementIds } = youngPersonWith(2);
		const elsewhere = youngPersonWith(1, { teamId: createTeam('East') });
		for (const stranger of [otherWorker, otherManager, admin]) {
			expect(readStatements({ staff: stranger }, { youngPersonId: id })).toEqual([]);
			expect(readStatements({ staff: stranger })).toEqual([]);
			expect(findYoungPersonFile(stranger, id)).toBeNull();
			expect(findMeetingForStaff(stranger, meetingId)).toBeNull();
			expect(findStatementForStaff(stranger, statementIds[0]!)).toBeNull();
		}
		// Their worker's own reads, and their team's manager's, find them; never another team's.
		expect(readStatements({ staff: worker }, { youngPersonId: id })).toHaveLength(2);
		expect(readStatements({ staff: manager }, { youngPersonId: id })).toHaveLength(2);
		expect(readStatements({ staff: manager }, { youngPersonId: elsewhere.id })).toEqual([]);
		expect(readStatements({ youngPerson: elsewhere.id }, { statementId: statementIds[0] })).toEqual(
			[]
		);
	});

	it("never an archived record's to anyone but its own worker reading the closed file", () => {
		const archived = youngPersonWith(2, { archived: true });
		const ids = archived.statementIds;
		// Nothing asks anyone to act on it: not the inbox, the caseload, or the team view.
		expect(listInboxForWorker(worker, { status: 'all' }).some((s) => ids.includes(s.id))).toBe(
			false
		);
		expect(listCaseloadForWorker(worker).some((p) => p.id === archived.id)).toBe(false);
		const team = summariseTeamForManager(manager);
		expect(team.urgentUnread.some((s) => ids.includes(s.id))).toBe(false);
		for (const stranger of [otherWorker, otherManager, admin]) {
			expect(readStatements({ staff: stranger }, { youngPersonId: archived.id })).toEqual([]);
			expect(findYoungPersonFile(stranger, archived.id)).toBeNull();
		}
		// The one rule: the closed file stays readable to those who could read it open.
		expect(findYoungPersonFile(worker, archived.id)?.timeline).toHaveLength(2);
		expect(findStatementForStaff(worker, ids[0]!)?.statement.id).toBe(ids[0]);
	});
});
