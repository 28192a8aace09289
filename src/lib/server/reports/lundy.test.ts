import { beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { ReportFilters } from '$lib/reports/filters';
import { db } from '../db';
import { meetingFeedback, meetings, statements, statementVoiceNotes, users } from '../db/schema';
import { setSetting } from '../settings';
import { createStaff, createTeam, createYoungPerson } from '$tests/fixtures';
import { addReportStatement } from '$tests/fixtures/reports';
import { buildReport, findTable, type Report } from './report';
import { lundyHeadline } from './sections-lundy';

/*
 * A known first quarter of 2025, looked at in mid-April, with the Lundy
 * measures worked out by hand below. Meetings are at 10:00 on Monday 10 March
 * (North) and Wednesday 12 March (South); five working days later is 10:00 on
 * Monday 17 and Wednesday 19 March.
 */
const NOW = new Date('2025-04-15T12:00:00Z');
const Q1 = ReportFilters.parse({ period: 'quarter', quarter: '2025-Q1', team: [] });
const at = (iso: string) => new Date(`${iso}Z`);

let north: string;
let south: string;

async function seed() {
	north = createTeam('North');
	south = createTeam('South');
	const worker = await createStaff(['worker']);
	const account = () =>
		db()
			.insert(users)
			.values({
				username: `yp-${Math.random()}`,
				displayName: 'Young person',
				firstName: 'Young',
				createdAt: at('2025-01-01T09:00:00')
			})
			.returning()
			.get().id;
	const meeting = (youngPersonId: string, when: string, createdAt = '2025-02-01T09:00:00') =>
		db()
			.insert(meetings)
			.values({
				youngPersonId,
				type: 'looked_after_review',
				scheduledAt: at(when),
				createdAt: at(createdAt)
			})
			.returning()
			.get().id;
	const views = (
		youngPersonId: string,
		meetingId: string,
		how: 'typed' | 'simple' | 'voice_note' | 'with_worker',
		readAfterMinutes: number
	) => {
		const id = addReportStatement(youngPersonId, {
			kind: 'before_meeting',
			meetingId,
			sentAt: at('2025-03-05T10:00:00'),
			readAfterMinutes
		});
		db()
			.update(statements)
			.set({
				simpleMode: how === 'simple' || how === 'voice_note',
				completedWithWorkerId: how === 'with_worker' ? worker.id : null
			})
			.where(eq(statements.id, id))
			.run();
		// A recorded answer makes it a voice note, on the simple form as on the full one.
		if (how === 'voice_note')
			db()
				.insert(statementVoiceNotes)
				.values({
					statementId: id,
					questionId: 'views',
					contentType: 'audio/webm',
					bytes: Buffer.from('recording'),
					size: 9,
					durationMs: 12_000,
					digest: 'digest'
				})
				.run();
	};
	const told = (meetingId: string, when: string, rating: number | null = null) =>
		db()
			.insert(meetingFeedback)
			.values({
				meetingId,
				decided: 'Decided.',
				viewsCounted: 'Counted.',
				agreedRequests: [],
				recordedBy: worker.id,
				recordedAt: at(when),
				updatedAt: at(when),
				listenedRating: rating
			})
			.run();

	// North: ten meetings. Eight young people have signed in to Heard before them (0–7).
	// Views before: 0–2 typed, 3–4 simple, 5 a voice note on the simple form, and 9 (no sign-in)
	// with the worker: invited by giving them.
	// Read before the meeting: 0–5; 9's read ten days after it.
	// Told in time: 0–5 (Fri 14 March), rated 5, 5, 5, 4, 4, 2; 6 told late (24 March); 7–9 not told.
	const ratings = [5, 5, 5, 4, 4, 2];
	for (let i = 0; i < 10; i++) {
		const yp = createYoungPerson({ teamId: north, userId: i < 8 ? account() : null });
		const m = meeting(yp, '2025-03-10T10:00:00');
		if (i < 6) views(yp, m, i < 3 ? 'typed' : i < 5 ? 'simple' : 'voice_note', 60);
		if (i === 9) views(yp, m, 'with_worker', 14_400);
		if (i < 6) told(m, '2025-03-14T15:00:00', ratings[i]);
		if (i === 6) told(m, '2025-03-24T15:00:00');
	}
	// South: three invited, two with typed views read before; one told at 09:00 on the day it was
	// due (in time, rated 4), one at 11:00 (an hour late), and the third, who sent no views, in time. A fourth meeting was put in Heard only
	// after its date: held, but nobody was invited to it. A cancelled meeting and one in April do
	// not count.
	const southern = [0, 1, 2, 3].map(() => createYoungPerson({ teamId: south, userId: account() }));
	const s = southern.map((yp, i) =>
		meeting(yp, '2025-03-12T10:00:00', i === 3 ? '2025-03-20T09:00:00' : undefined)
	);
	views(southern[0]!, s[0]!, 'typed', 30);
	views(southern[1]!, s[1]!, 'typed', 30);
	told(s[0]!, '2025-03-19T09:00:00', 4);
	told(s[1]!, '2025-03-19T11:00:00');
	told(s[2]!, '2025-03-18T16:00:00');
	const cancelled = meeting(southern[2]!, '2025-03-14T10:00:00');
	db()
		.update(meetings)
		.set({ cancelledAt: at('2025-03-13T10:00:00') })
		.where(eq(meetings.id, cancelled))
		.run();
	meeting(southern[2]!, '2025-04-02T10:00:00');
}

let report: Report;
const row = (r: Report, id: string, key: string) =>
	findTable(r, id)!
		.rows.find((x) => x.key === key)!
		.cells.map((c) => (c.suppressed ? 'x' : c.value));

beforeAll(async () => {
	await seed();
	report = buildReport(Q1, NOW);
});

describe('the Lundy measures of a quarter', () => {
	it('counts space, voice, audience and influence for all meetings held, as shares of them', () => {
		// Held 14; invited 9 + 3; views 7 + 2; read before 6 + 2; told in time 6 + 2.
		expect(row(report, 'lundy_by_team', 'total')).toEqual([
			14, 12, 9, 8, 8, 85.7, 64.3, 57.1, 57.1
		]);
	});

	it("hides South's small counts, and North's, which All less South would give back", () => {
		expect(row(report, 'lundy_by_team', south)).toEqual(Array(9).fill('x'));
		expect(row(report, 'lundy_by_team', north)).toEqual(Array(9).fill('x'));
		// The same figures in the meetings table are hidden alike.
		expect(row(report, 'meetings_by_team', north)).toEqual(['x', 'x', 'x']);
		expect(row(report, 'meetings_by_team', 'total')).toEqual([14, 9, 64.3]);
	});

	it('says how views were given, hiding the small ways', () => {
		expect(row(report, 'lundy_voice_by_mode', 'typed')).toEqual([5]);
		expect(row(report, 'lundy_voice_by_mode', 'simple')).toEqual(['x']);
		expect(row(report, 'lundy_voice_by_mode', 'voice_note')).toEqual(['x']);
		expect(row(report, 'lundy_voice_by_mode', 'with_worker')).toEqual(['x']);
		expect(row(report, 'lundy_voice_by_mode', 'total')).toEqual([9]);
	});

	it('counts how listened to young people felt after meetings, every rating too few to show', () => {
		expect(['1', '2', '3', '4', '5', 'total'].map((k) => row(report, 'lundy_listened', k))).toEqual(
			[[0], ['x'], [0], ['x'], ['x'], [7]]
		);
	});

	it('gives the child-friendly report the shares it may say, and none it may not', () => {
		const h = lundyHeadline(report);
		expect([h.space, h.voice, h.audience, h.influence].map((c) => c.value)).toEqual([
			85.7, 64.3, 57.1, 57.1
		]);
		expect(h.feltListened).toEqual({ value: null, suppressed: 'secondary' });
	});

	it('shows each team with a threshold of 2, where none of their figures is small', () => {
		db().transaction((tx) => setSetting(tx, 'suppressionThreshold', 2));
		const low = buildReport(Q1, NOW);
		db().transaction((tx) => setSetting(tx, 'suppressionThreshold', 5));
		expect(row(low, 'lundy_by_team', north)).toEqual([10, 9, 7, 6, 6, 90, 70, 60, 60]);
		expect(row(low, 'lundy_by_team', south)).toEqual([4, 3, 2, 2, 2, 75, 50, 50, 50]);
		expect(row(low, 'meetings_by_team', south)).toEqual([4, 2, 50]);
		// One meeting's views were given with a worker and one as a voice note: both hidden. At a
		// threshold of 2 "fewer than 2" can only be 1, so the simple form's 2 is hidden beside them.
		expect(
			['typed', 'simple', 'voice_note', 'with_worker'].map((k) =>
				row(low, 'lundy_voice_by_mode', k)
			)
		).toEqual([[5], ['x'], ['x'], ['x']]);
		// The single rating of 2 is hidden, and one of the threes, or 7 − 3 − 3 would give it back:
		// so how many felt listened to (4 or 5) is not said either.
		expect(row(low, 'lundy_listened', '2')).toEqual(['x']);
		const [four, five] = [row(low, 'lundy_listened', '4')[0], row(low, 'lundy_listened', '5')[0]];
		expect([four, five].filter((v) => v === 'x')).toHaveLength(1);
		expect(row(low, 'lundy_listened', 'total')).toEqual([7]);
		expect(lundyHeadline(low).feltListened.suppressed).toBe('secondary');
	});
});
