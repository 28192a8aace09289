import { beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '../auth/session';
import { transaction } from '../db';
import { theRow } from '../db/rows';
import { meetings } from '../db/schema';
import { openStatement, replyToStatement } from '../inbox/mutations';
import { replyAboutMeetingAsStaff } from '../meetings/after/mutations';
import { reassignYoungPerson } from '../team/mutations';
import {
	addStatement,
	addToTeam,
	allocate,
	createStaff,
	createTeam,
	createYoungPerson
} from '$tests/fixtures';
import { onceReached } from './lost-reach';

let sam: SessionUser;
let jamie: SessionUser;
let manager: SessionUser;
let otherManager: SessionUser;
let stranger: SessionUser;
let statementId: string;
let meetingId: string;

beforeAll(async () => {
	const team = await createTeam();
	const otherTeam = await createTeam();
	sam = await createStaff(['worker']);
	jamie = await createStaff(['worker'], { firstName: 'Jamie' });
	manager = await createStaff(['manager'], { firstName: 'Fiona' });
	otherManager = await createStaff(['manager'], { firstName: 'Gus' });
	stranger = await createStaff(['worker'], { firstName: 'Ola' });
	await addToTeam(team, sam.id, 'worker');
	await addToTeam(team, jamie.id, 'worker');
	await addToTeam(team, manager.id, 'manager');
	await addToTeam(otherTeam, otherManager.id, 'manager');
	await addToTeam(otherTeam, stranger.id, 'worker');
	const leah = await createYoungPerson({ teamId: team, preferredName: 'Leah' });
	await allocate(leah, sam.id);
	statementId = await addStatement(leah, { kind: 'make_a_change' });
	meetingId = await transaction(
		async (tx) =>
			theRow(
				await tx
					.insert(meetings)
					.values({
						youngPersonId: leah,
						type: 'looked_after_review',
						scheduledAt: new Date(Date.now() - 86_400_000),
						createdAt: new Date()
					})
					.returning()
			).id
	);
	// Sam opens Leah's statement and starts to reply; meanwhile she moves to Jamie.
	expect(await openStatement(sam, statementId)).toBe('ok');
	expect(await reassignYoungPerson(manager, leah, jamie.id)).toBe('ok');
});

describe('a form sent about a young person who has left the sender’s reach', () => {
	it('finds nothing to write to: the old worker can no longer reply', async () => {
		const reply = { statementId, body: 'Sorry', isDecision: false, idempotencyKey: 'lost-1-key' };
		expect(await replyToStatement(sam, reply)).toBe('not_found');
		expect(
			await replyAboutMeetingAsStaff(sam, { meetingId, body: 'Hi', idempotencyKey: 'lost-2-key' })
		).toBe('not_found');
	});

	it('is known as once theirs to the old worker, for a statement and for a meeting', async () => {
		expect(await onceReached(sam, { statementId })).toBe(true);
		expect(await onceReached(sam, { meetingId })).toBe(true);
	});

	it('is known to a manager who read one of their statements, though never their worker', async () => {
		expect(await openStatement(manager, statementId)).toBe('ok');
		expect(await onceReached(manager, { meetingId })).toBe(true);
	});

	it('is never theirs to someone who never reached the young person, or for an id that is nothing', async () => {
		for (const who of [stranger, otherManager]) {
			expect(await onceReached(who, { statementId })).toBe(false);
			expect(await onceReached(who, { meetingId })).toBe(false);
		}
		expect(await onceReached(sam, { statementId: 'no-such-statement' })).toBe(false);
		expect(await onceReached(sam, { meetingId: 'no-such-meeting' })).toBe(false);
	});
});
