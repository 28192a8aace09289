import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { activateAccount } from '../auth/activation';
import { issueActivationCode } from '../auth/activation-codes';
import { signIn } from '../auth/sign-in';
import { createSession, generateSessionToken, validateSessionToken } from '../auth/session';
import { db } from '../db';
import {
	allocations,
	auditEvents,
	complaintUpdates,
	complaints,
	replies,
	statements,
	youngPeople
} from '../db/schema';
import {
	addStatement,
	allocate,
	createStaff,
	createTeam,
	createYoungPerson
} from '$tests/fixtures';
import { exportSubjectAccess } from '../data-rights/subject-access';
import { askWorkerForNewCode } from './sign-in-codes';
import { archiveYoungPerson, createYoungPersonRecord, updateYoungPersonRecord } from './mutations';

const PASSWORD = 'purple-elephant-42';
let n = 0;

async function activatedYoungPerson() {
	const teamId = createTeam();
	const id = createYoungPerson({ teamId, preferredName: 'Robin' });
	const username = `robin${++n}`;
	const result = await activateAccount({
		code: issueActivationCode(id, null),
		username,
		password: PASSWORD
	});
	if (!result.ok) throw new Error(result.reason);
	return { id, teamId, username, userId: result.userId };
}

describe('young people’s records', () => {
	it('are created with their first worker, who is announced to them, and audited', async () => {
		const admin = await createStaff(['admin']);
		const worker = await createStaff(['worker']);
		const input = {
			preferredName: 'Ash',
			dateOfBirth: '2013-04-02',
			legalStatus: 'kinship' as const,
			placementType: 'kinship_carer' as const,
			caseReference: 'GB-1',
			language: 'en' as const,
			simpleMode: 'default' as const,
			accessibilityNotes: '',
			teamId: createTeam()
		};
		const result = createYoungPersonRecord(admin, input, worker.id);
		if (!result.ok) throw new Error(result.error);
		const allocation = db()
			.select()
			.from(allocations)
			.where(eq(allocations.youngPersonId, result.id))
			.get()!;
		expect(allocation).toMatchObject({ workerId: worker.id, endedAt: null, announced: false });
		const actions = db()
			.select()
			.from(auditEvents)
			.where(eq(auditEvents.youngPersonId, result.id))
			.all()
			.map((e) => e.action);
		expect(actions).toEqual(['young_person_created', 'worker_allocated']);
		expect(createYoungPersonRecord(admin, input, admin.id)).toMatchObject({
			ok: false,
			error: 'worker_invalid'
		});
	});

	it('are refused, not half-written, for a team that does not exist', async () => {
		const admin = await createStaff(['admin']);
		const input = {
			preferredName: 'Ash',
			dateOfBirth: '2013-04-02',
			legalStatus: 'kinship' as const,
			placementType: 'kinship_carer' as const,
			caseReference: 'GB-2',
			language: 'en' as const,
			simpleMode: 'default' as const,
			accessibilityNotes: '',
			teamId: 'no-such-team'
		};
		expect(createYoungPersonRecord(admin, input, null)).toEqual({
			ok: false,
			field: 'teamId',
			error: 'choose_one'
		});
		const existing = createYoungPerson({ teamId: createTeam(), preferredName: 'Robin' });
		expect(updateYoungPersonRecord(admin, existing, input)).toEqual({
			ok: false,
			field: 'teamId',
			error: 'choose_one'
		});
		expect(
			db().select().from(youngPeople).where(eq(youngPeople.caseReference, 'GB-2')).all()
		).toEqual([]);
	});

	it('once archived, cannot sign in, lose every session and get no new code', async () => {
		const admin = await createStaff(['admin']);
		const person = await activatedYoungPerson();
		const token = generateSessionToken();
		createSession(token, person.userId);
		const spareCode = issueActivationCode(person.id, admin.id);

		expect(archiveYoungPerson(admin, person.id, 'care_leaver_26').ok).toBe(true);

		expect(validateSessionToken(token).session).toBeNull();
		expect(await signIn(person.username, PASSWORD, '10.1.0.1')).toEqual({
			ok: false,
			reason: 'account_closed',
			userId: person.userId
		});
		expect(
			(
				await activateAccount({
					code: spareCode,
					username: `${person.username}x`,
					password: PASSWORD
				})
			).ok
		).toBe(false);
		expect(askWorkerForNewCode(admin, person.id)).toEqual({ ok: false, reason: 'archived' });
		expect(
			db().select().from(youngPeople).where(eq(youngPeople.id, person.id)).get()!.archivedAt
		).not.toBeNull();
		const archived = db()
			.select()
			.from(auditEvents)
			.where(eq(auditEvents.action, 'young_person_archived'))
			.all();
		expect(archived.some((e) => e.youngPersonId === person.id && e.actorId === admin.id)).toBe(
			true
		);
	});
});

describe('subject access export', () => {
	it('holds the words, the replies and the audit trail, and is itself audited', async () => {
		const admin = await createStaff(['admin']);
		const worker = await createStaff(['worker'], { firstName: 'Sam' });
		const person = await activatedYoungPerson();
		allocate(person.id, worker.id);
		const statementId = addStatement(person.id, { kind: 'good_news' });
		db()
			.update(statements)
			.set({ answers: { what: 'I got a part in the school play' } })
			.where(eq(statements.id, statementId))
			.run();
		db()
			.insert(replies)
			.values({ statementId, authorId: worker.id, body: 'That is brilliant news' })
			.run();

		const complaint = db()
			.insert(complaints)
			.values({
				youngPersonId: person.id,
				kind: 'complaint',
				message: 'My worker never calls back',
				sentTo: 'Complaints',
				replyBy: new Date()
			})
			.returning()
			.get();
		db()
			.insert(complaintUpdates)
			.values({
				complaintId: complaint.id,
				status: 'in_touch',
				note: 'We will call you on Friday',
				byUserId: worker.id,
				at: new Date()
			})
			.run();

		const sar = exportSubjectAccess(admin, person.id, 'json')!;

		expect(sar.profile.preferredName).toBe('Robin');
		expect(sar.allocations[0]).toMatchObject({ current: true });
		const said = sar.statements.find((s) => s.id === statementId)!;
		expect(said.answers.map((a) => a.answer)).toContain('I got a part in the school play');
		expect(said.replies[0]).toMatchObject({
			from: 'Sam',
			body: 'That is brilliant news',
			fromYoungPerson: false
		});
		expect(sar.auditEvents.map((e) => e.action)).toEqual(
			expect.arrayContaining(['account_activated', 'subject_access_exported'])
		);
		// A complaint is theirs too, with what the complaints team told them.
		expect(sar.complaints).toEqual([
			expect.objectContaining({
				kind: 'complaint',
				message: 'My worker never calls back',
				updates: [
					expect.objectContaining({ status: 'in_touch', note: 'We will call you on Friday' })
				]
			})
		]);
		expect(exportSubjectAccess(admin, 'no-such-person', 'json')).toBeNull();
	});
});
