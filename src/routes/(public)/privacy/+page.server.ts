import { privacyNoticeFacts } from '$lib/server/notices/privacy';

export const load = async () => await privacyNoticeFacts();
