import { getSetting } from '$lib/server/settings';

export const load = async () => ({ contacts: await getSetting('helpContacts') });
