import { afterEach, describe, expect, it } from 'vitest';
import { getLocale, overwriteGetLocale } from '$lib/paraglide/runtime.js';
import { DEFAULT_HELP_CONTACTS, inReadersWords } from './help-contacts';
import { getSetting } from '$lib/server/settings';

const requestLocale = getLocale;
afterEach(() => overwriteGetLocale(requestLocale));

const [emergency, childline] = DEFAULT_HELP_CONTACTS;

describe('help contacts in the reader’s words', () => {
	it('are stored and shown to an administrator in English, with their numbers', () => {
		expect(DEFAULT_HELP_CONTACTS).toEqual([
			{
				name: 'Emergency (police, ambulance, fire)',
				number: '999',
				when: 'Any time, if you are in danger now'
			},
			{
				name: 'Childline',
				number: '0800 1111',
				when: 'Any time, free, and it will not show on your phone bill'
			}
		]);
	});

	it('puts Heard’s own contacts into Arabic and Welsh, numbers unchanged', () => {
		overwriteGetLocale(() => 'ar');
		expect(inReadersWords(emergency!)).toEqual({
			name: 'الطوارئ (الشرطة، الإسعاف، الإطفاء)',
			number: '999',
			when: 'في أي وقت، إذا كنت في خطر الآن'
		});
		overwriteGetLocale(() => 'cy');
		expect(inReadersWords(childline!)).toEqual({
			name: 'Childline',
			number: '0800 1111',
			when: 'Unrhyw bryd, am ddim, ac ni fydd yn dangos ar dy fil ffôn'
		});
	});

	it('translates the default a settings page read with no contacts saved', async () => {
		overwriteGetLocale(() => 'pl');
		const shown = (await getSetting('helpContacts')).map(inReadersWords);
		expect(shown.map((c) => c.name)).toEqual([
			'Numer alarmowy (policja, pogotowie, straż pożarna)',
			'Childline (telefon zaufania dla dzieci)'
		]);
		expect(shown.map((c) => c.number)).toEqual(['999', '0800 1111']);
	});

	it('shows words an administrator typed as typed, even beside Heard’s own number', () => {
		overwriteGetLocale(() => 'ar');
		const typed = { name: 'Glenbrae out of hours', number: '01234 567890', when: 'Evenings' };
		expect(inReadersWords(typed)).toEqual(typed);
		// Only the word changed is the administrator's; the untouched one is still translated.
		expect(inReadersWords({ ...emergency!, when: 'Call if you are hurt' })).toEqual({
			name: 'الطوارئ (الشرطة، الإسعاف، الإطفاء)',
			number: '999',
			when: 'Call if you are hurt'
		});
		// Heard's words under another number are an administrator's contact, not Heard's.
		const moved = { ...childline!, number: '0800 0000' };
		expect(inReadersWords(moved)).toEqual(moved);
	});
});
