import { shortDate } from '$lib/dates';
import { word } from '$lib/templates/words';
import { MEETING_TYPES } from '$lib/vocabulary';
import { meetingTypeLabel } from '$lib/words/lists';
import type { meetings } from '../db/schema';

type MeetingRow = typeof meetings.$inferSelect;

/** "Looked-after review on Tue 3 Dec": how a meeting is named wherever it is shown. */
export function meetingLabel(
	meeting: Pick<MeetingRow, 'type' | 'scheduledAt'>,
	// A child reads the day; a file of several years needs the year (mediumDay).
	day: (at: Date) => string = shortDate
): string {
	return (
		word('meeting_on', {
			type: meetingTypeLabel(meeting.type),
			date: day(meeting.scheduledAt)
		}) ?? meeting.type
	);
}

/**
 * "A meeting that isn't listed: Review on Fri 18 Dec": what the young person told us of a meeting
 * that was not on their list (send-form.ts keeps its type and day, either may be missing), so
 * neither they nor their worker see the bare value "other".
 */
export function notListedMeeting(answers: unknown): string | null {
	const given = (answers ?? {}) as Record<string, unknown>;
	if (given.meeting !== 'other') return null;
	const notListed = word('meeting_not_listed') ?? 'other';
	const type = MEETING_TYPES.find((t) => t === given.meeting_other_type);
	const day = typeof given.meeting_other_date === 'string' ? given.meeting_other_date : '';
	const date = /^\d{4}-\d{2}-\d{2}$/.test(day) ? shortDate(new Date(`${day}T12:00:00Z`)) : '';
	const typeWords = type ? meetingTypeLabel(type) : '';
	const which =
		typeWords && date ? word('meeting_on', { type: typeWords, date }) : typeWords || date;
	return which ? `${notListed}: ${which}` : notListed;
}
