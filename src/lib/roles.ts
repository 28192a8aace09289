import { m } from '$lib/paraglide/messages.js';
import type { Role } from '$lib/vocabulary';

const ROLE_AREA: Record<Role, () => string> = {
	young_person: m.role_young_person,
	worker: m.role_worker,
	manager: m.role_manager,
	participation_lead: m.role_participation_lead,
	admin: m.role_admin
};

/** The name of the area each role works in, for navigation. */
export const roleAreaName = (role: Role) => ROLE_AREA[role]();
