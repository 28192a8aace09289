import { listPublishedYouSaidWeDid } from '$lib/server/reports/queries';

export const load = async () => ({ entries: await listPublishedYouSaidWeDid() });
