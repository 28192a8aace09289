import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db, transaction } from '../db';
import { draftVoiceNotes, drafts, youngPeople } from '../db/schema';
import {
	createComplaintsTeams,
	setComplaintsTeam,
	youngPersonInTeam
} from '$tests/fixtures/complaints';
import { makeComplaint } from '../complaints/mutations';
import { listOwnComplaints } from '../complaints/queries';
import { complaintsOf, listComplaintsForTeam } from '../complaints/team-queries';
import { saveDraft } from '../statements/mutations';
import { takeOwnWords } from '../young-people/own-words';
import { issueActivationCode } from './activation-codes';
import { activateAccount } from './activation';

/*
 * A code that replaces a young person's sign-in is made by their own worker (ADR 10). Whoever
 * signs in with it, the child or the worker, must not open what the old sign-in kept from that
 * worker: unsent drafts, and complaints, which may be about the worker.
 */

const BEFORE = new Date('2030-05-06T09:00:00Z'); // a Monday
const RESET = new Date('2030-05-07T09:00:00Z');
const AFTER = new Date('2030-05-08T09:00:00Z');
let setUp: Awaited<ReturnType<typeof createComplaintsTeams>>;

beforeAll(async () => {
	setUp = await createComplaintsTeams();
	await setComplaintsTeam(setUp.complaintsTeam, 'complaints@council.example');
});

async function childWithAComplaintAndADraft() {
	const actor = await youngPersonInTeam(setUp.team);
	const [person] = await db()
		.select({ id: youngPeople.id })
		.from(youngPeople)
		.where(eq(youngPeople.userId, actor.id));
	const youngPersonId = person!.id;
	const made = await makeComplaint(
		actor,
		{ kind: 'complaint', message: 'My worker shouts at me. Please do not tell them.' },
		BEFORE
	);
	if (!made.ok) throw new Error(made.reason);
	await saveDraft(youngPersonId, 'worried-v1', { what: 'something I have not sent yet' }, BEFORE);
	await transaction(async (tx) => {
		await tx.insert(draftVoiceNotes).values({
			youngPersonId,
			templateId: 'worried-v1',
			questionId: 'what',
			contentType: 'audio/webm',
			bytes: Buffer.from('a recording'),
			size: 11,
			digest: 'digest'
		});
	});
	return { actor, youngPersonId, complaintId: made.id };
}

async function replaceTheSignIn(youngPersonId: string) {
	const code = await issueActivationCode(youngPersonId, null, RESET);
	const result = await activateAccount(
		{ code, username: `robin-${youngPersonId}`, password: 'a brand new password' },
		RESET
	);
	expect(result).toMatchObject({ ok: true, reset: true });
}

describe('a sign-in replaced with a new code', () => {
	it('opens none of the drafts or recordings the old sign-in kept', async () => {
		const child = await childWithAComplaintAndADraft();
		await replaceTheSignIn(child.youngPersonId);
		const theirs = <T extends typeof drafts | typeof draftVoiceNotes>(table: T) =>
			db().select().from(table).where(eq(table.youngPersonId, child.youngPersonId));
		expect(await theirs(drafts)).toEqual([]);
		expect(await theirs(draftVoiceNotes)).toEqual([]);
	});

	it('shows no complaint made before it, says they are kept with the complaints team, and shows those made since', async () => {
		const child = await childWithAComplaintAndADraft();
		expect((await listOwnComplaints(child.actor)).asked).toHaveLength(1);
		await replaceTheSignIn(child.youngPersonId);

		expect(await listOwnComplaints(child.actor)).toEqual({
			asked: [],
			earlierKeptWithTeam: true
		});
		const own = await takeOwnWords(child.youngPersonId, child.actor.id, 'page', AFTER);
		expect(own.asked).toEqual([]);

		const since = await makeComplaint(child.actor, { kind: 'advocate', message: '' }, AFTER);
		if (!since.ok) throw new Error(since.reason);
		const now = await listOwnComplaints(child.actor);
		expect(now.asked.map((c) => c.id)).toEqual([since.id]);
		expect(now.earlierKeptWithTeam).toBe(true);
	});

	it('leaves the complaints team and the subject-access export with every complaint', async () => {
		const child = await childWithAComplaintAndADraft();
		await replaceTheSignIn(child.youngPersonId);
		const team = (await listComplaintsForTeam(setUp.reader))!.map((c) => c.id);
		expect(team).toContain(child.complaintId);
		expect((await complaintsOf(child.youngPersonId)).map((c) => c.id)).toEqual([child.complaintId]);
	});

	it('changes nothing for a young person whose sign-in was never replaced', async () => {
		const child = await childWithAComplaintAndADraft();
		const listed = await listOwnComplaints(child.actor);
		expect(listed.asked.map((c) => c.id)).toEqual([child.complaintId]);
		expect(listed.earlierKeptWithTeam).toBe(false);
		expect(
			await db().select().from(drafts).where(eq(drafts.youngPersonId, child.youngPersonId))
		).toHaveLength(1);
	});
});
