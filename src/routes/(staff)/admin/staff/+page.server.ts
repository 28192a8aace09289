import { listStaff } from '$lib/server/admin/staff-queries';

export const load = () => ({ staff: listStaff() });
