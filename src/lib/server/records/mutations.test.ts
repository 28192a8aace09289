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
import { archiveYoungPerson } from './archive';
import { createYoungPersonRecord, updateYoungPersonRecord } from './mutations';

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
			teamId: await createTeam()
		};
		const result = await createYoungPersonRecord(admin, input, worker.id);
		if (!result.ok) throw new Error(result.error);
		const allocation = (
			await db().select().from(allocations).where(eq(allocations.youngPersonId, result.id)).limit(1)
		)[0]!;
		expect(allocation).toMatchObject({ workerId: worker.id, endedAt: null, announced: false });
		const actions = (
			await db().select().from(auditEvents).where(eq(auditEvents.youngPersonId, result.id))
		).map((e) => e.action);
		expect(actions).toEqual(['young_person_created', 'worker_allocated']);
		expect(await createYoungPersonRecord(admin, input, admin.id)).toMatchObject({
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
		expect(await createYoungPersonRecord(admin, input, null)).toEqual({
			ok: false,
			field: 'teamId',
			error: 'choose_one'
		});
		const existing = await createYoungPerson({
			teamId: await createTeam(),
			preferredName: 'Robin'
		});
		expect(await updateYoungPersonRecord(admin, existing, input)).toEqual({
			ok: false,
			field: 'teamId',
			error: 'choose_one'
		});
		expect(
			await db().select().from(youngPeople).where(eq(youngPeople.caseReference, 'GB-2'))
		).toEqual([]);
	});

	it('once archived, cannot sign in, lose every session and get no new code', async () => {
		const admin = await createStaff(['admin']);
		const person = await activatedYoungPerson();
		const token = generateSessionToken();
		await createSession(token, person.userId);
		const spareCode = await issueActivationCode(person.id, admin.id);

		expect((await archiveYoungPerson(admin, person.id, 'care_leaver_26')).ok).toBe(true);

		expect((await validateSessionToken(token)).session).toBeNull();
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
		expect(await askWorkerForNewCode(admin, person.id)).toEqual({ ok: false, reason: 'archived' });
		expect(
			(await db().select().from(youngPeople).where(eq(youngPeople.id, person.id)).limit(1))[0]!
				.archivedAt
		).not.toBeNull();
		const archived = await db()
			.select()
			.from(auditEvents)
			.where(eq(auditEvents.action, 'young_person_archived'));
		expect(archived.some((e) => e.youngPersonId === person.id && e.actorId === admin.id)).toBe(
			true
		);
	});
});
