import { listStaff } from '$lib/server/accounts/queries';

export const load = () => ({ staff: listStaff() });
