import { m } from '$lib/paraglide/messages.js';

/** What a complaint asked for and where it is, in the complaints team's words. */
export const complaintKindWords = (kind: string) =>
	kind === 'advocate' ? m.complaints_kind_advocate() : m.complaints_kind_complaint();

export const complaintStatusWords = (status: string) =>
	status === 'resolved'
		? m.complaints_status_resolved()
		: status === 'in_touch'
			? m.complaints_status_in_touch()
			: m.complaints_status_waiting();
