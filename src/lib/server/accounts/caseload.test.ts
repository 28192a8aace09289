import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createSession, generateSessionToken, validateSessionToken } from '../auth/session';
import { db } from '../db';
import { auditEvents, userRoles, users } from '../db/schema';
import { reassignYoungPerson } from '../records/reassign';
import {
	addStatement,
	addToTeam,
	allocate,
	createStaff,
	createTeam,
	createYoungPerson
} from '$tests/fixtures';
import { listCaseloadOf } from './caseload';
import { deactivateUser, updateStaffAccount } from './mutations';

/** Sam with two open records (one with an urgent statement nobody has read), one archived, one handed on. */
async function samWithACaseload() {
	const admin = await createStaff(['admin']);
	const sam = await createStaff(['worker'], { firstName: 'Sam' });
	const other = await createStaff(['worker'], { firstName: 'Ola' });
	const teamId = await createTeam();
	await addToTeam(teamId, sam.id, 'worker');
	const ruby = await createYoungPerson({ teamId, preferredName: 'Ruby' });
	const ash = await createYoungPerson({ teamId, preferredName: 'Ash' });
	const closed = await createYoungPerson({ teamId, preferredName: 'Cal', archivedAt: new Date() });
	const handedOn = await createYoungPerson({ teamId, preferredName: 'Dee' });
	for (const id of [ruby, ash, closed]) await allocate(id, sam.id);
	await allocate(handedOn, sam.id, new Date());
	await addStatement(ruby, { kind: 'worried', urgent: true });
	return {
		admin,
		sam,
		other,
		open: [ruby, ash],
		inTheirTeam: [{ teamId, teamRole: 'worker' as const }]
	};
}

const rolesOf = async (userId: string) =>
	(await db().select().from(userRoles).where(eq(userRoles.userId, userId))).map((r) => r.role);
const actionsAbout = async (userId: string) =>
	(await db().select().from(auditEvents).where(eq(auditEvents.subjectId, userId))).map(
		(e) => e.action
	);

describe("a worker's caseload", () => {
	it('lists their open records only, by name', async () => {
		const { sam } = await samWithACaseload();
		expect((await listCaseloadOf(sam.id)).map((p) => p.preferredName)).toEqual(['Ash', 'Ruby']);
	});

	it('keeps their account active: deactivating is refused until each young person has a new worker', async () => {
		const { admin, sam, other, open } = await samWithACaseload();
		const token = generateSessionToken();
		await createSession(token, sam.id);

		expect(await deactivateUser(admin, sam.id)).toEqual({
			ok: false,
			field: 'confirm',
			error: 'has_caseload'
		});
		const [account] = await db().select().from(users).where(eq(users.id, sam.id));
		expect(account).toMatchObject({ active: true, deactivatedAt: null });
		expect((await validateSessionToken(token)).session).not.toBeNull();
		expect(await actionsAbout(sam.id)).not.toContain('staff_deactivated');

		// One moved is not enough: the other is still theirs.
		expect((await reassignYoungPerson(admin, open[0]!, other.id)).ok).toBe(true);
		expect((await deactivateUser(admin, sam.id)).ok).toBe(false);
		expect((await reassignYoungPerson(admin, open[1]!, other.id)).ok).toBe(true);
		// An archived record's allocation stays for its closed file and does not hold them.
		expect((await deactivateUser(admin, sam.id)).ok).toBe(true);
		expect(await actionsAbout(sam.id)).toContain('staff_deactivated');
	});

	it('keeps their worker role until each young person has a new worker; other edits go ahead', async () => {
		const { admin, sam, other, open, inTheirTeam } = await samWithACaseload();
		const input = (roles: ('worker' | 'participation_lead')[]) => ({
			email: sam.email,
			displayName: 'Sam Taylor',
			firstName: 'Sam',
			roles
		});

		expect(await updateStaffAccount(admin, sam.id, input(['participation_lead']), [])).toEqual({
			ok: false,
			field: 'roles',
			error: 'has_caseload'
		});
		expect(await rolesOf(sam.id)).toEqual(['worker']);
		expect(await actionsAbout(sam.id)).not.toContain('staff_updated');

		expect(
			(
				await updateStaffAccount(
					admin,
					sam.id,
					input(['worker', 'participation_lead']),
					inTheirTeam
				)
			).ok
		).toBe(true);
		for (const id of open) expect((await reassignYoungPerson(admin, id, other.id)).ok).toBe(true);
		expect((await updateStaffAccount(admin, sam.id, input(['participation_lead']), [])).ok).toBe(
			true
		);
		expect(await rolesOf(sam.id)).toEqual(['participation_lead']);
	});
});
