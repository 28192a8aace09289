import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '../auth/session';
import { findStatementForStaff, findYoungPersonFile } from '../casefile/queries';
import { transaction } from '../db';
import { theRow } from '../db/rows';
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
import { queriesRunBy } from '$tests/fixtures/query-count';
import { listCaseloadForWorker } from './queries';
import { readStatements } from './reader';

let worker: SessionUser;
let otherWorker: SessionUser;
let manager: SessionUser;
let otherManager: SessionUser;
let admin: SessionUser;
let north: string;

/** A young person of the worker's with `n` statements for one meeting, each with two replies and an outcome. */
async function youngPersonWith(n: number, options: { teamId?: string; archived?: boolean } = {}) {
	const id = await createYoungPerson({ teamId: options.teamId ?? north });
	await allocate(id, worker.id);
	const meetingId = await transaction(
		async (tx) =>
			theRow(
				await tx
					.insert(meetings)
					.values({ youngPersonId: id, type: 'looked_after_review', scheduledAt: new Date() })
					.returning()
			).id
	);
	const ids: string[] = [];
	for (let i = 0; i < n; i++) {
		const statementId = await addStatement(id, { kind: 'make_a_change', urgent: true });
		await transaction(async (tx) => {
			await tx.update(statements).set({ meetingId }).where(eq(statements.id, statementId));
			for (const body of ['We can talk on Friday.', 'Thank you.'])
				await tx.insert(replies).values({ statementId, authorId: worker.id, body });
			await tx.insert(outcomes).values({
				statementId,
				decision: 'agreed',
				explanation: 'Yes.',
				recordedBy: worker.id,
				recordedAt: new Date()
			});
		});
		ids.push(statementId);
	}
	if (options.archived)
		await transaction(async (tx) => {
			await tx.update(youngPeople).set({ archivedAt: new Date() }).where(eq(youngPeople.id, id));
		});
	return { id, meetingId, statementIds: ids };
}

beforeAll(async () => {
	north = await createTeam('North');
	const south = await createTeam('South');
	worker = await createStaff(['worker'], { firstName: 'Sam' });
	otherWorker = await createStaff(['worker'], { firstName: 'Jamie' });
	manager = await createStaff(['manager'], { firstName: 'Fiona' });
	otherManager = await createStaff(['manager'], { firstName: 'Gus' });
	admin = await createStaff(['admin'], { firstName: 'Morven' });
	await addToTeam(north, worker.id, 'worker');
	await addToTeam(north, manager.id, 'manager');
	await addToTeam(south, otherManager.id, 'manager');
});

describe('the case file', () => {
	it('reads a file of any length in the same few queries', async () => {
		const short = await youngPersonWith(1);
		const long = await youngPersonWith(25);
		const file = await findYoungPersonFile(worker, long.id);
		expect(file?.timeline).toHaveLength(25);
		expect(file?.timeline.every((s) => s.thread.length === 2 && s.outcome?.by === 'Sam')).toBe(
			true
		);
		const forShort = await queriesRunBy(() => findYoungPersonFile(worker, short.id));
		expect(await queriesRunBy(() => findYoungPersonFile(worker, long.id))).toBe(forShort);
		expect(forShort).toBeGreaterThan(0);
		expect(forShort).toBeLessThanOrEqual(4);
	});

	it('reads a meeting pack of any length in the same few queries', async () => {
		const short = await youngPersonWith(1);
		const long = await youngPersonWith(25);
		expect((await findMeetingForStaff(worker, long.meetingId))?.statements).toHaveLength(25);
		const forShort = await queriesRunBy(() => findMeetingForStaff(worker, short.meetingId));
		expect(await queriesRunBy(() => findMeetingForStaff(worker, long.meetingId))).toBe(forShort);
		expect(forShort).toBeGreaterThan(0);
		expect(forShort).toBeLessThanOrEqual(2);
	});
});

describe('whose statements come back', () => {
	it("never someone else's young person's, however they are asked for", async () => {
		const { id, meetingId, statementIds } = await youngPersonWith(2);
		const elsewhere = await youngPersonWith(1, { teamId: await createTeam('East') });
		for (const stranger of [otherWorker, otherManager, admin]) {
			expect(await readStatements({ staff: stranger }, { youngPersonId: id })).toEqual([]);
			expect(await readStatements({ staff: stranger })).toEqual([]);
			expect(await findYoungPersonFile(stranger, id)).toBeNull();
			expect(await findMeetingForStaff(stranger, meetingId)).toBeNull();
			expect(await findStatementForStaff(stranger, statementIds[0]!)).toBeNull();
		}
		// Their worker's own reads, and their team's manager's, find them; never another team's.
		expect(await readStatements({ staff: worker }, { youngPersonId: id })).toHaveLength(2);
		expect(await readStatements({ staff: manager }, { youngPersonId: id })).toHaveLength(2);
		expect(await readStatements({ staff: manager }, { youngPersonId: elsewhere.id })).toEqual([]);
		expect(
			await readStatements({ youngPerson: elsewhere.id }, { statementId: statementIds[0] })
		).toEqual([]);
	});

	it("never an archived record's to anyone but its own worker reading the closed file", async () => {
		const archived = await youngPersonWith(2, { archived: true });
		const ids = archived.statementIds;
		// Nothing asks anyone to act on it: not the inbox, the caseload, or the team view.
		expect(
			(await listInboxForWorker(worker, { status: 'all' })).some((s) => ids.includes(s.id))
		).toBe(false);
		expect((await listCaseloadForWorker(worker)).some((p) => p.id === archived.id)).toBe(false);
		const team = await summariseTeamForManager(manager);
		expect(team.urgentNotDealtWith.some((s) => ids.includes(s.id))).toBe(false);
		for (const stranger of [otherWorker, otherManager, admin]) {
			expect(await readStatements({ staff: stranger }, { youngPersonId: archived.id })).toEqual([]);
			expect(await findYoungPersonFile(stranger, archived.id)).toBeNull();
		}
		// The one rule: the closed file stays readable to those who could read it open.
		expect((await findYoungPersonFile(worker, archived.id))?.timeline).toHaveLength(2);
		expect((await findStatementForStaff(worker, ids[0]!))?.statement.id).toBe(ids[0]);
	});
});
