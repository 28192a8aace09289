import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { activateAccount } from '../auth/activation';
import { issueActivationCode } from '../auth/activation-codes';
import { signIn } from '../auth/sign-in';
import { createSession, generateSessionToken, validateSessionToken } from '../auth/session';
import { db } from '../db';
import { allocations, auditEvents, youngPeople } from '../db/schema';
import { createStaff, createTeam, createYoungPerson } from '$tests/fixtures';
import { ACTIVATED_PASSWORD as PASSWORD, activatedYoungPerson } from '$tests/fixtures/accounts';
import { askWorkerForNewCode } from './sign-in-codes';
import { archiveYoungPerson, createYoungPersonRecord, updateYoungPersonRecord } from './mutations';

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
