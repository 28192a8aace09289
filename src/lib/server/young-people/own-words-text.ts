import { m } from '$lib/paraglide/messages.js';
import { shortDate } from '$lib/dates';
import { listenedWords } from '$lib/words/statements';
import { askedStatusWords, askedWords } from '$lib/words/complaints';
import type { OwnWords } from './own-words';

/*
 * A young person's copy of their words as plain text, which opens on any
 * phone: what they said with every answer, then what they were told after
 * their meetings and by their new workers, then their complaints. In the
 * words of the page they asked from.
 */

type Line = { fromYoungPerson: boolean; from: string; at: Date; body: string };
const talk = (r: Line) =>
	`${r.fromYoungPerson ? m.adm_me_words_you() : r.from} (${shortDate(r.at)}): ${r.body}`;

function saidLines(said: OwnWords['said']): string[] {
	return said.flatMap((s) => [
		`== ${s.what} · ${shortDate(s.sentAt)} ==`,
		...(s.anonymisedAt ? [m.adm_me_words_removed()] : []),
		...s.answers.flatMap((a) => [
			a.question,
			...(a.answer ? [`  ${a.answer}`] : []),
			...(a.voice ? [`  ${a.voice}. ${m.adm_me_words_voice_where()}`] : [])
		]),
		...s.replies.map(talk),
		...(s.outcome
			? [`${m.adm_me_words_outcome()}: ${s.outcome.decision}. ${s.outcome.explanation}`]
			: []),
		''
	]);
}

function toldLines({ meetings, hellos }: OwnWords['told']): string[] {
	return [
		...meetings.flatMap((t) => [
			`== ${m.yp_after_title()}: ${t.meeting} ==`,
			m.yp_after_decided(),
			`  ${t.decided}`,
			m.yp_after_views(),
			`  ${t.viewsCounted}`,
			m.yp_after_by({ name: t.by, date: shortDate(t.at) }),
			...t.requests.map(
				(r) =>
					`${r.question}: ${r.answer} (${r.agreed ? m.yp_after_agreed() : m.yp_after_not_agreed()})`
			),
			...(t.listenedRating ? [`${m.listened_title()} ${listenedWords(t.listenedRating)}`] : []),
			...t.thread.map(talk),
			''
		]),
		...hellos.flatMap((h) => [
			`== ${m.hello_title({ name: h.firstName })} · ${shortDate(h.writtenAt)} ==`,
			...[
				[m.hello_who(), h.whoIAm],
				[m.hello_reach(), h.howToReach],
				[m.hello_when(), h.whenWeMeet]
			].flatMap(([label, words]) => (words ? [label!, `  ${words}`] : [])),
			''
		])
	];
}

function askedLines(asked: OwnWords['asked']): string[] {
	return asked.flatMap((a) => [
		`== ${askedWords(a.kind, a.createdAt)} ==`,
		...(a.message ? [m.not_happy_asked_words(), `  ${a.message}`] : []),
		...(a.updates.length === 0 ? [askedStatusWords('waiting')] : []),
		...a.updates.flatMap((u) => [
			`${shortDate(u.at)}: ${askedStatusWords(u.status)}`,
			...(u.note ? [`  ${m.not_happy_status_note()} ${u.note}`] : [])
		]),
		''
	]);
}

export function ownWordsAsText(copy: OwnWords, name: string): string {
	return [
		m.adm_me_words_file_title({ name }),
		'',
		...saidLines(copy.said),
		...toldLines(copy.told),
		...askedLines(copy.asked)
	].join('\n');
}
