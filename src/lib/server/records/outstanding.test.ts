import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '../db';
import { auditEvents, statements, youngPeople } from '../db/schema';
import { acknowledgeUrgent } from '../urgent/mutations';
import { openStatement, replyToStatement } from '../inbox/mutations';
import {
	addStatement,
	addToTeam,
	allocate,
	createStaff,
	createTeam,
	createYoungPerson
} from '$tests/fixtures';
import { mayaWithTwoWaiting } from '$tests/fixtures/waiting';
import { archiveYoungPerson } from './archive';
import { outstandingFor, whoCanReadThem } from './outstanding';

const archivedAt = async (id: string) =>
	(await db().select().from(youngPeople).where(eq(youngPeople.id, id)).limit(1))[0]!.archivedAt;
const archiveEvents = async (id: string) =>
	await db()
		.select()
		.from(auditEvents)
		.where(and(eq(auditEvents.youngPersonId, id), eq(auditEvents.action, 'young_person_archived')));
const refused = { ok: false, field: 'form', error: 'still_waiting' };

describe('archiving a record waits for what would otherwise never be read', () => {
	it('until every statement is read and someone is dealing with each urgent one; an open change request does not hold it', async () => {
		const { worker, maya } = await mayaWithTwoWaiting();
		const admin = await createStaff(['admin']);
		const [urgent] = await db()
			.select({ id: statements.id })
			.from(statements)
			.where(and(eq(statements.youngPersonId, maya), eq(statements.urgent, true)));

		expect(await outstandingFor(maya)).toEqual({
			urgentNotDealtWith: 1,
			unread: 1,
			openChanges: 1,
			answeredBack: 0
		});
		expect(await archiveYoungPerson(admin, maya, 'case_closed')).toEqual(refused);
		expect(await archivedAt(maya)).toBeNull();
		expect(await archiveEvents(maya)).toEqual([]);

		// Read is not enough for an urgent statement: someone must say they are dealing with it.
		expect(await openStatement(worker, urgent!.id)).toBe('ok');
		expect(await outstandingFor(maya)).toEqual({
			urgentNotDealtWith: 1,
			unread: 0,
			openChanges: 1,
			answeredBack: 0
		});
		expect(await archiveYoungPerson(admin, maya, 'case_closed')).toEqual(refused);

		expect(await acknowledgeUrgent(worker, urgent!.id)).toBe('ok');
		expect(await outstandingFor(maya)).toEqual({
			urgentNotDealtWith: 0,
			unread: 0,
			openChanges: 1,
			answeredBack: 0
		});
		expect(await archiveYoungPerson(admin, maya, 'case_closed')).toEqual({ ok: true, id: maya });
		expect(await archivedAt(maya)).not.toBeNull();
		expect(await archiveEvents(maya)).toHaveLength(1);
	});

	it('checks again when archiving, so a statement sent after the page was shown is not hidden', async () => {
		const admin = await createStaff(['admin']);
		const person = await createYoungPerson({ teamId: await createTeam() });
		expect(await outstandingFor(person)).toEqual({
			urgentNotDealtWith: 0,
			unread: 0,
			openChanges: 0,
			answeredBack: 0
		});
		await addStatement(person, { kind: 'feelings' });
		expect(await archiveYoungPerson(admin, person, 'moved_away')).toEqual(refused);
		expect(await archivedAt(person)).toBeNull();
	});

	it('is never held by what was answered, even an urgent statement from before "I\'m dealing with this"', async () => {
		const admin = await createStaff(['admin']);
		const worker = await createStaff(['worker']);
		const person = await createYoungPerson({ teamId: await createTeam() });
		await allocate(person, worker.id);
		const old = await addStatement(person, { kind: 'worried', urgent: true, readBy: worker.id });
		const reply = { statementId: old, body: 'I called you.', isDecision: false };
		expect(await replyToStatement(worker, { ...reply, idempotencyKey: 'k1' })).toBe('ok');
		expect(await outstandingFor(person)).toEqual({
			urgentNotDealtWith: 0,
			unread: 0,
			openChanges: 0,
			answeredBack: 0
		});
		expect((await archiveYoungPerson(admin, person, 'care_leaver_26')).ok).toBe(true);
	});

	it('names who to ask: their worker and their team managers who can sign in, never a closed account', async () => {
		const team = await createTeam();
		const worker = await createStaff(['worker'], { firstName: 'Sam' });
		const manager = await createStaff(['manager'], { firstName: 'Fiona' });
		const gone = await createStaff(['manager'], { firstName: 'Gus', active: false });
		await addToTeam(team, manager.id, 'manager');
		await addToTeam(team, gone.id, 'manager');
		const person = await createYoungPerson({ teamId: team });
		expect(await whoCanReadThem(person)).toEqual({ worker: null, managers: ['Fiona Example'] });
		await allocate(person, worker.id);
		expect(await whoCanReadThem(person)).toEqual({
			worker: 'Sam Example',
			managers: ['Fiona Example']
		});
		const managed = await createYoungPerson({ teamId: team });
		await allocate(managed, manager.id);
		expect(await whoCanReadThem(managed)).toEqual({ worker: 'Fiona Example', managers: [] });
	});
});
