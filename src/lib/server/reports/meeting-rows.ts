import { onPostgres } from '../db/engine';
import type { VoiceMode } from './lundy';
import type { ReportSession } from './session';
import {
	epochMs,
	readInTableOrder,
	ROWS_A_CURSOR_PIECE,
	type QueryParams,
	type TablePass
} from './sql';

/**
 * A meeting as the report counts it (lundy.ts), its columns in order: moments as milliseconds,
 * yes-or-no as 1 or 0. `views` are the views sent before it, if any, as one word: how the first
 * were given (a voice mode), then 1 if any were read by staff before the meeting, or 0.
 */
export type MeetingRow = [
	g: number,
	type: string,
	team: string,
	scheduledAt: number,
	couldSay: number,
	views: string | null,
	feedbackAt: number | null,
	rating: number | null
];

/** A meeting's views (`MeetingRow`'s `views`) taken apart. */
export function viewsOf(views: string | null): { mode: VoiceMode; readBefore: boolean } | null {
	if (views === null) return null;
	return { mode: views.slice(0, -1) as VoiceMode, readBefore: views.endsWith('1') };
}

/** Views for a meeting: a before-the-meeting statement for it sent before it. */
const VIEWS = `FROM statements s WHERE s.meeting_id = m.id AND s.kind = 'before_meeting' AND s.sent_at < m.scheduled_at`;

/** The meetings a report counts: held in the period (not cancelled, date passed). */
const HELD = `m.scheduled_at >= @from AND m.scheduled_at < @until AND m.cancelled_at IS NULL`;

/**
 * One row a meeting, with what the meetings tables and the Lundy measures read. `couldSay` is
 * whether the young person was invited (the meeting was in Heard before its date and they had
 * signed in to Heard by then). The views are looked up once for the mode and whether they were
 * read: the row of the first sent gives the mode, as SQLite gives a bare column the values of
 * the row its one min() chose. Two lookups, one for each, took a second longer nationally.
 */
const MEETINGS = ({ scan, piece }: TablePass) => `SELECT y.g AS g, m.type AS type,
		y.team_id AS team, m.scheduled_at AS "scheduledAt",
		(m.created_at < m.scheduled_at AND EXISTS (SELECT 1 FROM users u WHERE u.id = y.user_id AND u.created_at < m.scheduled_at)) AS "couldSay",
		(SELECT CASE WHEN min(s.sent_at) IS NOT NULL THEN
				(CASE WHEN s.completed_with_worker_id IS NOT NULL THEN 'with_worker'
					WHEN EXISTS (SELECT 1 FROM statement_voice_notes v WHERE v.statement_id = s.id) THEN 'voice_note'
					WHEN s.simple_mode = 1 THEN 'simple' ELSE 'typed' END)
				|| (total(s.first_read_at < m.scheduled_at) > 0) END
			${VIEWS}) AS views,
		f.recorded_at AS "feedbackAt", f.listened_rating AS rating
	FROM meetings m ${scan} JOIN temp.report_people y ON y.id = m.young_person_id
		LEFT JOIN meeting_feedback f ON f.meeting_id = m.id
	WHERE ${HELD}${piece}`;

/**
 * The same rows from PostgreSQL. A meeting's views are looked up once (LATERAL) for both
 * things read from them (no views, no mode: the word is null). PostgreSQL ran each correlated
 * lookup on its own, and one took half the time (0.8 s to 0.4 s on the 1M authority).
 */
const MEETINGS_PG = `SELECT y.g AS g, m.type AS type, y.team_id AS team,
		${epochMs('m.scheduled_at')} AS "scheduledAt",
		CAST(m.created_at < m.scheduled_at AND COALESCE(u.created_at < m.scheduled_at, false) AS INTEGER) AS "couldSay",
		v.mode || CAST(CAST(COALESCE(v.read_before, false) AS INTEGER) AS TEXT) AS views,
		${epochMs('f.recorded_at')} AS "feedbackAt", f.listened_rating AS rating
	FROM meetings m JOIN temp.report_people y ON y.id = m.young_person_id
		LEFT JOIN users u ON u.id = y.user_id
		LEFT JOIN meeting_feedback f ON f.meeting_id = m.id
		LEFT JOIN LATERAL (
			SELECT (array_agg(CASE WHEN s.completed_with_worker_id IS NOT NULL THEN 'with_worker'
					WHEN EXISTS (SELECT 1 FROM statement_voice_notes n WHERE n.statement_id = s.id) THEN 'voice_note'
					WHEN s.simple_mode THEN 'simple' ELSE 'typed' END ORDER BY s.sent_at))[1] AS mode,
				bool_or(s.first_read_at < m.scheduled_at) AS read_before
			${VIEWS}
		) v ON true
	WHERE ${HELD}`;

/**
 * A meeting's row is a few lookups and a few microseconds' work in JavaScript: about a quarter
 * of a second a piece on the national authority.
 */
const MEETINGS_A_PIECE = 75_000;

/**
 * Reads the report's meetings in pieces, each handed to `take` before the next, inside the
 * report's read transaction, each row an array of its columns (`ReadAs`). They are read once,
 * by the pass that counts them for every table (lundy.ts), so they go straight there: written
 * to a scratch table and read back, they took 3.8 s nationally, against 2.1 s for the
 * statement that wrote them.
 *
 * When the period holds a large share of all meetings, the pass reads the table in its own
 * order (readInTableOrder). There, in the order meetings were added, the statements and
 * feedback each one looks up lie near each other too. On the national
 * benchmark authority (1.25 million meetings, a third of them in a year) that read was four
 * times faster.
 */
export async function readReportMeetings(
	session: ReportSession,
	p: QueryParams,
	take: (rows: MeetingRow[]) => void
): Promise<void> {
	if (onPostgres)
		return await session.readInPieces(MEETINGS_PG, 'arrays', ROWS_A_CURSOR_PIECE, take, p);
	const pass = await readInTableOrder(
		session,
		'meetings',
		'm',
		'scheduled_at >= @from AND scheduled_at < @until',
		p,
		MEETINGS_A_PIECE
	);
	for (const piece of pass.pieces)
		take(await session.arrays<MeetingRow>(MEETINGS(pass), { ...p, ...piece }));
}
