import type { Answers, Template } from '$lib/templates';
import { MEETING_TYPES } from '$lib/vocabulary';
import { currentTime } from '../clock';
import { couldBeMeetingDay } from '../meetings/when';
import { listOwnUpcomingMeetings } from '../young-people/things';

/**
 * The meeting a statement is for, if its template asks: one of their own upcoming meetings (its
 * id), or one that isn't listed, whose kind and day are kept with the answers (`answers` gains
 * them). Anything else, someone else's meeting included, is not a choice.
 */
export async function meetingChosen(
	template: Template,
	answers: Answers,
	input: Record<string, unknown>,
	youngPersonId: string
): Promise<{ ok: true; id: string | null } | { ok: false }> {
	if (!template.questions.some((q) => q.type === 'meeting')) return { ok: true, id: null };
	const chosen = String(answers.meeting ?? '');
	if (chosen === 'other') {
		const type = String(input.meeting_other_type ?? '');
		const date = String(input.meeting_other_date ?? '');
		if ((MEETING_TYPES as readonly string[]).includes(type)) answers.meeting_other_type = type;
		// Optional, as a box a browser fills: a day no meeting could be on is left out, not refused.
		if (couldBeMeetingDay(date, currentTime())) answers.meeting_other_date = date;
		return { ok: true, id: null };
	}
	const theirs = (await listOwnUpcomingMeetings(youngPersonId)).some((m) => m.id === chosen);
	return theirs ? { ok: true, id: chosen } : { ok: false };
}
