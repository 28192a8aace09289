import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '../auth/session';
import { findStatementForStaff, findYoungPersonFile } from '../casefile/queries';
import { db } from '../db';
import { auditEvents, statements, youngPeople } from '../db/schema';
import { openStatement, replyToStatement } from '../inbox/mutations';
import {
	addStatement,
	allocate,
	createStaff,
	createTeam,
	createYoungPerson
} from '$tests/fixtures';
import { findVisibleYoungPerson } from './scope';

let worker: SessionUser;
let archived: string;
let statement: string;

beforeAll(async () => {
	worker = await createStaff(['worker']);
	archived = createYoungPerson({ teamId: createTeam() });
	allocate(archived, worker.id);
	statement = addStatement(archived);
	db()
		.update(youngPeople)
		.set({ archivedAt: new Date() })
		.where(eq(youngPeople.id, archived))
		.run();
});

describe('an archived record', () => {
	it('is found only by reads that ask for archived records', () => {
		expect(findVisibleYoungPerson(worker, archived)).toBeNull();
		expect(findVisibleYoungPerson(worker, archived, { includeArchived: true })?.id).toBe(archived);
		expect(findYoungPersonFile(worker, archived)).not.toBeNull();
		expect(findStatementForStaff(worker, statement)).not.toBeNull();
	});

	it('can be opened, which is audited but changes nothing', () => {
		expect(openStatement(worker, statement)).toBe('ok');
		expect(
			db().select().from(statements).where(eq(statements.id, statement)).get()?.firstReadAt
		).toBeNull();
		const reads = db().select().from(auditEvents).where(eq(auditEvents.subjectId, statement)).all();
		expect(reads.map((e) => e.action)).toContain('statement_read');
	});

	it('cannot be answered', () => {
		const result = replyToStatement(worker, {
			statementId: statement,
			body: 'Hello',
			isDecision: false,
			idempotencyKey: 'archived-reply-1'
		});
		expect(result).toBe('not_found');
	});
});
