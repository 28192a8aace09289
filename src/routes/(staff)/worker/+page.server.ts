import { listCaseloadForWorker } from '$lib/server/statements/queries';

export const load = ({ locals }) => ({ caseload: locals.user ? listCaseloadForWorker(locals.user) : [] });
