import { m } from '$lib/paraglide/messages.js';
import { baseLocale } from '$lib/paraglide/runtime.js';

export interface HelpContact {
	name: string;
	number: string;
	when: string;
}

/**
 * The contacts Heard offers until an administrator sets their own. They are stored, and shown
 * on the admin settings page, in English like anything an administrator types; each of their
 * words is put into the reader's language when shown, so a child reading Arabic or Welsh meets
 * the crisis contacts in that language too.
 */
const BUILT_IN = [
	{ number: '999', name: m.help_contact_emergency, when: m.help_contact_emergency_when },
	{ number: '0800 1111', name: m.help_contact_childline, when: m.help_contact_childline_when }
];

const english = (message: (inputs?: object, options?: { locale?: 'en' }) => string) =>
	message({}, { locale: baseLocale });

export const DEFAULT_HELP_CONTACTS: HelpContact[] = BUILT_IN.map((contact) => ({
	name: english(contact.name),
	number: contact.number,
	when: english(contact.when)
}));

/**
 * A contact in the reader's language where its words are still Heard's own (an administrator
 * who saved the settings page without changing them keeps them so); words an administrator
 * typed are theirs, shown as typed, since there is no translation of them to show.
 */
export function inReadersWords(contact: HelpContact): HelpContact {
	const own = BUILT_IN.find((b) => b.number === contact.number);
	if (!own) return contact;
	return {
		name: contact.name === english(own.name) ? own.name() : contact.name,
		number: contact.number,
		when: contact.when === english(own.when) ? own.when() : contact.when
	};
}
