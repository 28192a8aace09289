import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '../auth/session';
import { db } from '../db';
import { auditEvents, statements } from '../db/schema';
import {
	addStatement,
	addToTeam,
	allocate,
	createStaff,
	createTeam,
	createYoungPerson
} from '$tests/fixtures';
import { recordStatementsExported } from './mutations';

let sam: SessionUser;
let jamie: SessionUser;
let robin: string;
const statementOf = async (id: string) =>
	(await db().select().from(statements).where(eq(statements.id, id)).limit(1))[0]!;
const auditOf = async (id: string, action: 'statement_read' | 'statement_exported') =>
	await db()
		.select()
		.from(auditEvents)
		.where(and(eq(auditEvents.action, action), eq(auditEvents.subjectId, id)));

beforeAll(async () => {
	const north = await createTeam('North');
	sam = await createStaff(['worker']);
	jamie = await createStaff(['worker'], { firstName: 'Jamie' });
	await addToTeam(north, sam.id, 'worker');
	robin = await createYoungPerson({ teamId: north, preferredName: 'Robin' });
	await allocate(robin, sam.id);
});

describe('a copy for the case record', () => {
	it('reads an unread statement as opening it does, then records the copy', async () => {
		const id = await addStatement(robin, { kind: 'make_a_change' });
		const at = new Date('2025-03-04T10:00:00Z');
		const firstRead = await recordStatementsExported(sam, [id], { format: 'text' }, at);
		expect(firstRead.get(id)).toEqual(at);
		const s = await statementOf(id);
		expect(s.firstReadAt).toEqual(at);
		expect(s.firstReadBy).toBe(sam.id);
		expect(s.status).toBe('read');
		expect((await auditOf(id, 'statement_read')).map((e) => e.actorId)).toEqual([sam.id]);
		expect((await auditOf(id, 'statement_exported')).map((e) => e.detail)).toEqual([
			{ format: 'text' }
		]);
	});

	it('keeps the first reading of a statement already read, and audits this one', async () => {
		const id = await addStatement(robin, { readBy: sam.id });
		const before = (await statementOf(id)).firstReadAt;
		const firstRead = await recordStatementsExported(sam, [id], { format: 'print' });
		expect(firstRead.get(id)).toEqual(before);
		expect((await statementOf(id)).firstReadAt).toEqual(before);
		expect(await auditOf(id, 'statement_read')).toHaveLength(1);
	});

	it('neither reads nor records a statement that is not theirs to export', async () => {
		const id = await addStatement(robin);
		const firstRead = await recordStatementsExported(jamie, [id], { format: 'text' });
		expect(firstRead.has(id)).toBe(false);
		expect((await statementOf(id)).firstReadAt).toBeNull();
		expect(await auditOf(id, 'statement_read')).toEqual([]);
		expect(await auditOf(id, 'statement_exported')).toEqual([]);
	});
});
