import { beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '../auth/session';
import { db } from '../db';
import { workerHellos } from '../db/schema';
import { addToTeam, allocate, createStaff, createTeam, createYoungPerson } from '$tests/fixtures';
import { reassignYoungPerson } from '../team/mutations';
import { recordWeHaveMet, writeHandoverNote, writeHello } from './mutations';
import {
	findHelloForYoungPerson,
	listHandoverNotesOf,
	listHandoversFor,
	listHellosWaiting
} from './queries';

const DAY = 86_400_000;
let sam: SessionUser;
let jamie: SessionUser;
let fiona: SessionUser;
let robin: string;
let unallocated: string;

beforeAll(async () => {
	const north = await createTeam('North');
	sam = await createStaff(['worker']);
	jamie = await createStaff(['worker'], { firstName: 'Jamie' });
	fiona = await createStaff(['manager'], { firstName: 'Fiona' });
	await addToTeam(north, sam.id, 'worker');
	await addToTeam(north, jamie.id, 'worker');
	await addToTeam(north, fiona.id, 'manager');
	robin = await createYoungPerson({ teamId: north, preferredName: 'Robin' });
	await allocate(robin, sam.id);
	unallocated = await createYoungPerson({ teamId: north, preferredName: 'Ola' });
});

const hello = { whoIAm: "I'm Jamie.", howToReach: 'In Heard.', whenWeMeet: 'Thursday.' };

describe("a new worker's hello and the old worker's handover note", () => {
	it('is expected of a new worker, not of a first one, and waits for the manager until written', async () => {
		expect(await reassignYoungPerson(fiona, unallocated, sam.id)).toBe('ok');
		expect(await reassignYoungPerson(fiona, robin, jamie.id)).toBe('ok');
		expect((await db().select().from(workerHellos)).map((h) => h.youngPersonId)).toEqual([robin]);
		expect((await listHellosWaiting(fiona, 'team')).map((h) => h.preferredName)).toEqual(['Robin']);
		expect((await listHellosWaiting(jamie, 'caseload')).map((h) => h.preferredName)).toEqual([
			'Robin'
		]);
		expect(await listHellosWaiting(sam, 'caseload')).toEqual([]);
	});

	it('is written only by the new worker, and shown to the young person until they have met', async () => {
		expect(await writeHello(sam, robin, hello)).toBe('not_found');
		expect(await recordWeHaveMet(jamie, robin)).toBe('not_written');
		expect(await findHelloForYoungPerson(robin)).toBeNull();
		expect(await writeHello(jamie, robin, hello)).toBe('ok');
		expect(await findHelloForYoungPerson(robin)).toMatchObject({
			whoIAm: "I'm Jamie.",
			firstName: 'Jamie'
		});
		expect(await listHellosWaiting(fiona, 'team')).toEqual([]);
		expect(await recordWeHaveMet(jamie, robin)).toBe('ok');
		expect(await findHelloForYoungPerson(robin)).toBeNull();
	});

	it('lets the old worker, and only them, leave a note for 30 days, shown on the file', async () => {
		const [handover] = await listHandoversFor(sam);
		expect(handover).toMatchObject({ preferredName: 'Robin', note: null });
		expect(await listHandoversFor(jamie)).toEqual([]);
		expect(await writeHandoverNote(jamie, handover!.allocationId, 'Not mine')).toBe('not_found');
		const late = new Date(Date.now() + 31 * DAY);
		expect(await writeHandoverNote(sam, handover!.allocationId, 'Too late', late)).toBe(
			'not_found'
		);
		expect(await writeHandoverNote(sam, handover!.allocationId, 'Loves climbing.')).toBe('ok');
		expect(
			await writeHandoverNote(sam, handover!.allocationId, 'Loves climbing. Ask about Mondays.')
		).toBe('ok');
		expect((await listHandoverNotesOf(robin)).map((n) => n.body)).toEqual([
			'Loves climbing. Ask about Mondays.'
		]);
	});
});
