import { getSetting } from '$lib/server/settings';

export const load = () => ({ contacts: getSetting('helpContacts') });
