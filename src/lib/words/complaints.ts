import { m } from '$lib/paraglide/messages.js';
import { shortDate } from '$lib/dates';

/** What a complaint asked for and where it is, in the complaints team's words. */
export const complaintKindWords = (kind: string) =>
	kind === 'advocate' ? m.complaints_kind_advocate() : m.complaints_kind_complaint();

export const complaintStatusWords = (status: string) =>
	status === 'resolved'
		? m.complaints_status_resolved()
		: status === 'in_touch'
			? m.complaints_status_in_touch()
			: m.complaints_status_waiting();

/** The same, in the young person's words: "You made a complaint on …", "Someone is in touch". */
export const askedWords = (kind: string, date: Date) =>
	kind === 'advocate'
		? m.not_happy_asked_advocate({ date: shortDate(date) })
		: m.not_happy_asked_complaint({ date: shortDate(date) });

export const askedStatusWords = (status: string) =>
	status === 'resolved'
		? m.not_happy_status_resolved()
		: status === 'in_touch'
			? m.not_happy_status_in_touch()
			: m.not_happy_status_waiting();
