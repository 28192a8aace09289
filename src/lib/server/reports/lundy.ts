import type { WorkingCalendar } from '../working-time/calendar';
import { addWorkingDays } from '../working-time/working-days';
import type { ReportSession } from './session';
import { forEachInPauses, sumsByBreakdown, type Groups } from './groups';
import { readReportMeetings, viewsOf, type MeetingRow } from './meeting-rows';
import type { MarginalRow, QueryParams } from './sql';

/*
 * The Lundy model's four measures for the meetings held in a report's
 * period (not cancelled, date passed, as the meetings tables count them):
 *
 * - space: the young person was invited to give their views beforehand: the
 *   meeting was in Heard before its date and they had signed in to Heard by
 *   then, or they gave their views for it anyway (with their worker, say);
 * - voice: views were sent before the meeting, and how: typed on the full
 *   form, on the simple form (pictures and faces), as a voice note (any
 *   answer recorded, on either form), or with their worker (co-use), by the
 *   first statement sent for it;
 * - audience: those views were read by staff before the meeting;
 * - influence: the young person was told what was decided within the
 *   feedback time (working days after the meeting, a setting), and how
 *   listened to they said they felt about it.
 */

export const VOICE_MODES = ['typed', 'simple', 'voice_note', 'with_worker'] as const;
export type VoiceMode = (typeof VOICE_MODES)[number];

export const LUNDY_COUNTS = ['held', 'invited', 'withViews', 'readBefore', 'toldInTime'] as const;
export type LundyCount = (typeof LUNDY_COUNTS)[number];
export type LundyCounts = Record<LundyCount, number>;

const none = (): LundyCounts => ({
	held: 0,
	invited: 0,
	withViews: 0,
	readBefore: 0,
	toldInTime: 0
});

/** Feedback is in time within so many working days of the meeting, by the organisation's calendar. */
export type FeedbackDue = { days: number; calendar: WorkingCalendar };

/**
 * The four measures by team and for all, the meetings with views by how they
 * were given, and the listened-to ratings (1–5) given about the meetings.
 * Working days are counted in JavaScript: a few rows per young person. The same
 * pass counts the meetings held and with views by type for the meetings tables.
 */

export async function measureLundy(
	session: ReportSession,
	p: QueryParams,
	feedback: FeedbackDue,
	groups: Groups
) {
	const held = new Map<number, Map<string, MeetingCount>>();
	const byTeam = new Map<string, LundyCounts>();
	const all = none();
	const modes: Record<VoiceMode, number> = { typed: 0, simple: 0, voice_note: 0, with_worker: 0 };
	const ratings = [0, 0, 0, 0, 0];
	const add = ([g, type, team, scheduledAt, couldSay, read, feedbackAt, rating]: MeetingRow) => {
		const due = addWorkingDays(new Date(scheduledAt), feedback.days, feedback.calendar).getTime();
		const views = viewsOf(read);
		const withViews = views !== null;
		const counts: LundyCounts = {
			held: 1,
			invited: Number(!!couldSay || withViews),
			withViews: Number(withViews),
			readBefore: Number(!!views?.readBefore),
			toldInTime: Number(feedbackAt !== null && feedbackAt <= due)
		};
		const ofTeam = byTeam.get(team) ?? none();
		for (const key of LUNDY_COUNTS) {
			ofTeam[key] += counts[key];
			all[key] += counts[key];
		}
		byTeam.set(team, ofTeam);
		const ofGroup = held.get(g) ?? held.set(g, new Map()).get(g)!;
		const ofType = ofGroup.get(type) ?? ofGroup.set(type, { held: 0, withViews: 0 }).get(type)!;
		ofType.held += 1;
		ofType.withViews += Number(withViews);
		if (views) modes[views.mode] += 1;
		if (rating !== null && rating >= 1 && rating <= 5)
			ratings[rating - 1] = (ratings[rating - 1] ?? 0) + 1;
	};
	await readReportMeetings(session, p, (rows) => rows.forEach(add));
	return { byTeam, all, modes, ratings, meetings: await sumMeetings(session, groups, held) };
}

export type MeetingsMeasured = Awaited<ReturnType<typeof measureLundy>>;

type MeetingCount = { held: number; withViews: number };
export type MeetingsCounted = MarginalRow & { type: string } & MeetingCount;

/** The meetings held and those with views by type, per group of each breakdown (groups.ts). */
async function sumMeetings(
	session: ReportSession,
	groups: Groups,
	held: Map<number, Map<string, MeetingCount>>
) {
	const sums = sumsByBreakdown<MeetingsCounted>(groups, (dim, key, type) => ({
		dim,
		key,
		type,
		held: 0,
		withViews: 0
	}));
	// A national year's meetings are in a hundred thousand groups, each of a few types.
	const add = ([g, ofGroup]: [number, Map<string, MeetingCount>]) => {
		for (const [type, counted] of ofGroup)
			sums.add(g, type, (sum) => {
				sum.held += counted.held;
				sum.withViews += counted.withViews;
			});
	};
	await forEachInPauses(session, held, add, 10_000);
	return sums.rows();
}
