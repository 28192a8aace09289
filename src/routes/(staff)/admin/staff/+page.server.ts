import { listStaff } from '$lib/server/accounts/queries';

export const load = async () => ({ staff: await listStaff() });
