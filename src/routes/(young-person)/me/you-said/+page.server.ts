import { listPublishedYouSaidWeDid } from '$lib/server/reports/queries';

export const load = () => ({ entries: listPublishedYouSaidWeDid() });
