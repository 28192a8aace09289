import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '../auth/session';
import { findStatementForStaff, findYoungPersonFile } from '../casefile/queries';
import { db, transaction } from '../db';
import { auditEvents, statements, youngPeople } from '../db/schema';
import { openStatement, replyToStatement } from '../inbox/mutations';
import {
	addStatement,
	allocate,
	createStaff,
	createTeam,
	createYoungPerson
} from '$tests/fixtures';
import { findVisibleYoungPerson } from './scope-prepared';

let worker: SessionUser;
let archived: string;
let statement: string;

beforeAll(async () => {
	worker = await createStaff(['worker']);
	archived = await createYoungPerson({ teamId: await createTeam() });
	await allocate(archived, worker.id);
	statement = await addStatement(archived);
	await transaction(async (tx) => {
		await tx
			.update(youngPeople)
			.set({ archivedAt: new Date() })
			.where(eq(youngPeople.id, archived));
	});
});

describe('an archived record', () => {
	it('is found only by reads that ask for archived records', async () => {
		expect(await findVisibleYoungPerson(worker, archived)).toBeNull();
		expect((await findVisibleYoungPerson(worker, archived, { includeArchived: true }))?.id).toBe(
			archived
		);
		expect(await findYoungPersonFile(worker, archived)).not.toBeNull();
		expect(await findStatementForStaff(worker, statement)).not.toBeNull();
	});

	it('can be opened, which is audited but changes nothing', async () => {
		expect(await openStatement(worker, statement)).toBe('ok');
		expect(
			(await db().select().from(statements).where(eq(statements.id, statement)).limit(1))[0]
				?.firstReadAt
		).toBeNull();
		const reads = await db().select().from(auditEvents).where(eq(auditEvents.subjectId, statement));
		expect(reads.map((e) => e.action)).toContain('statement_read');
	});

	it('cannot be answered', async () => {
		const result = await replyToStatement(worker, {
			statementId: statement,
			body: 'Hello',
			isDecision: false,
			idempotencyKey: 'archived-reply-1'
		});
		expect(result).toBe('not_found');
	});
});
