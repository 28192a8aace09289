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
	const north = createTeam('North');
	sam = await createStaff(['worker']);
	jamie = await createStaff(['worker'], { firstName: 'Jamie' });
	fiona = await createStaff(['manager'], { firstName: 'Fiona' });
	addToTeam(north, sam.id, 'worker');
	addToTeam(north, jamie.id, 'worker');
	addToTeam(north, fiona.id, 'manager');
	robin = createYoungPerson({ teamId: north, preferredName: 'Robin' });
	allocate(robin, sam.id);
	unallocated = createYoungPerson({ teamId: north, preferredName: 'Ola' });
});

const hello = { whoIAm: "I'm Jamie.", howToReach: 'In Heard.', whenWeMeet: 'Thursday.' };

describe("a new worker's hello and the old worker's handover note", () => {
	it('is expected of a new worker, not of a first one, and waits for the manager until written', () => {
		expect(reassignYoungPerson(fiona, unallocated, sam.id)).toBe('ok');
		expect(reassignYoungPerson(fiona, robin, jamie.id)).toBe('ok');
		expect(
			db()
				.select()
				.from(workerHellos)
				.all()
				.map((h) => h.youngPersonId)
		).toEqual([robin]);
		expect(listHellosWaiting(fiona, 'team').map((h) => h.preferredName)).toEqual(['Robin']);
		expect(listHellosWaiting(jamie, 'caseload').map((h) => h.preferredName)).toEqual(['Robin']);
		expect(listHellosWaiting(sam, 'caseload')).toEqual([]);
	});

	it('is written only by the new worker, and shown to the young person until they have met', () => {
		expect(writeHello(sam, robin, hello)).toBe('not_found');
		expect(recordWeHaveMet(jamie, robin)).toBe('not_written');
		expect(findHelloForYoungPerson(robin)).toBeNull();
		expect(writeHello(jamie, robin, hello)).toBe('ok');
		expect(findHelloForYoungPerson(robin)).toMatchObject({
			whoIAm: "I'm Jamie.",
			firstName: 'Jamie'
		});
		expect(listHellosWaiting(fiona, 'team')).toEqual([]);
		expect(recordWeHaveMet(jamie, robin)).toBe('ok');
		expect(findHelloForYoungPerson(robin)).toBeNull();
	});

	it('lets the old worker, and only them, leave a note for 30 days, shown on the file', () => {
		const [handover] = listHandoversFor(sam);
		expect(handover).toMatchObject({ preferredName: 'Robin', note: null });
		expect(listHandoversFor(jamie)).toEqual([]);
		expect(writeHandoverNote(jamie, handover!.allocationId, 'Not mine')).toBe('not_found');
		const late = new Date(Date.now() + 31 * DAY);
		expect(writeHandoverNote(sam, handover!.allocationId, 'Too late', late)).toBe('not_found');
		expect(writeHandoverNote(sam, handover!.allocationId, 'Loves climbing.')).toBe('ok');
		expect(
			writeHandoverNote(sam, handover!.allocationId, 'Loves climbing. Ask about Mondays.')
		).toBe('ok');
		expect(listHandoverNotesOf(robin).map((n) => n.body)).toEqual([
			'Loves climbing. Ask about Mondays.'
		]);
	});
});
