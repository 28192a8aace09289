import type { Role } from '$lib/vocabulary';
import type { SessionUser } from './session';

/**
 * Who may enter a route: anyone, anyone signed in, holders of one of the roles, or the members of
 * the complaints team an admin chose (who must hold a role that reads; never an admin: ADR 28).
 */
type AccessRule = 'public' | 'signed_in' | 'complaints_team' | readonly Role[];

const STAFF_WHO_WORK_WITH_CHILDREN = ['worker', 'manager'] as const;
const ALL_STAFF = ['worker', 'manager', 'participation_lead', 'admin'] as const;

/**
 * Every route in src/routes, by SvelteKit route id, and who may enter it.
 * The hook applies this table to every request, pages, form actions and
 * endpoints alike; a route that is not listed is refused. A test fails when a
 * route is added without a line here.
 */
export const ROUTE_ACCESS: Record<string, AccessRule> = {
	'/(public)': 'public',
	'/(public)/login': 'public',
	'/(public)/login/two-step': 'public',
	'/(public)/login/sso': 'public',
	'/(public)/login/sso/callback': 'public',
	'/(public)/logout': 'public',
	'/(public)/activate': 'public',
	'/(public)/help': 'public',
	// A language chosen before signing in (a cookie) or by a signed-in young person (their record).
	'/language': 'public',
	'/(public)/forbidden': 'public',
	'/(public)/password/[token]': 'public',
	'/healthz': 'public',
	'/(public)/accessibility': 'public',
	'/(public)/privacy': 'public',
	'/(public)/privacy/full': 'public',
	'/.well-known/security.txt': 'public',
	'/manifest.webmanifest': 'public',
	'/push': ['young_person', ...STAFF_WHO_WORK_WITH_CHILDREN],

	'/(young-person)/me': ['young_person'],
	'/(young-person)/me/say/[kind]': ['young_person'],
	'/(young-person)/me/say/[kind]/voice/[question]': ['young_person'],
	'/(young-person)/me/things': ['young_person'],
	'/(young-person)/me/things/[id]': ['young_person'],
	'/(young-person)/me/things/[id]/voice/[question]': ['young_person'],
	'/(young-person)/me/about': ['young_person'],
	'/(young-person)/me/feelings': ['young_person'],
	'/(young-person)/me/settings': ['young_person'],
	'/(young-person)/me/settings/signed-in': ['young_person'],
	'/(young-person)/me/you-said': ['young_person'],
	'/(young-person)/me/words': ['young_person'],
	'/(young-person)/me/words/download': ['young_person'],
	'/(young-person)/me/not-happy': ['young_person'],
	'/(young-person)/me/things/[id]/correct': ['young_person'],
	'/(young-person)/me/meetings/[id]': ['young_person'],

	'/(staff)/worker': STAFF_WHO_WORK_WITH_CHILDREN,
	'/(staff)/worker/statements/[id]': STAFF_WHO_WORK_WITH_CHILDREN,
	'/(staff)/worker/statements/[id]/record': STAFF_WHO_WORK_WITH_CHILDREN,
	'/(staff)/worker/statements/[id]/record.txt': STAFF_WHO_WORK_WITH_CHILDREN,
	'/(staff)/worker/statements/[id]/voice/[question]': STAFF_WHO_WORK_WITH_CHILDREN,
	'/(staff)/worker/young-people/[id]': STAFF_WHO_WORK_WITH_CHILDREN,
	'/(staff)/worker/young-people/[id]/meetings/new': STAFF_WHO_WORK_WITH_CHILDREN,
	'/(staff)/worker/meetings/[id]': STAFF_WHO_WORK_WITH_CHILDREN,
	'/(staff)/worker/meetings/[id]/pack.txt': STAFF_WHO_WORK_WITH_CHILDREN,
	'/(staff)/worker/meetings/[id]/after': STAFF_WHO_WORK_WITH_CHILDREN,
	'/(staff)/worker/young-people/[id]/hello': STAFF_WHO_WORK_WITH_CHILDREN,
	'/(staff)/worker/handovers/[id]': STAFF_WHO_WORK_WITH_CHILDREN,
	'/(staff)/worker/notifications': STAFF_WHO_WORK_WITH_CHILDREN,
	'/(staff)/worker/young-people/[id]/with': STAFF_WHO_WORK_WITH_CHILDREN,
	'/(staff)/worker/young-people/[id]/with/[kind]': STAFF_WHO_WORK_WITH_CHILDREN,
	'/(staff)/worker/young-people/[id]/sign-in-code': STAFF_WHO_WORK_WITH_CHILDREN,
	'/(staff)/worker/young-people/[id]/language': STAFF_WHO_WORK_WITH_CHILDREN,
	'/(staff)/manager': ['manager'],
	'/(staff)/manager/young-people/[id]/reassign': ['manager'],
	'/(staff)/manager/waiting/[workerId]': ['manager'],
	'/(staff)/lead': ['participation_lead'],
	'/(staff)/lead/report.csv': ['participation_lead'],
	'/(staff)/lead/print': ['participation_lead'],
	'/(staff)/lead/children': ['participation_lead'],
	'/(staff)/lead/you-said': ['participation_lead'],
	'/(staff)/lead/you-said/[id]': ['participation_lead'],
	'/(staff)/lead/quotes': ['participation_lead'],
	'/(staff)/admin': ['admin'],
	'/(staff)/admin/teams': ['admin'],
	'/(staff)/admin/staff': ['admin'],
	'/(staff)/admin/staff/new': ['admin'],
	'/(staff)/admin/staff/[id]': ['admin'],
	'/(staff)/admin/young-people': ['admin'],
	'/(staff)/admin/young-people/new': ['admin'],
	'/(staff)/admin/young-people/[id]': ['admin'],
	'/(staff)/admin/young-people/[id]/archive': ['admin'],
	'/(staff)/admin/young-people/[id]/export': ['admin'],
	'/(staff)/admin/young-people/[id]/export.json': ['admin'],
	'/(staff)/admin/retention': ['admin'],
	'/(staff)/admin/audit': ['admin'],
	'/(staff)/admin/settings': ['admin'],
	'/(staff)/admin/working-time': ['admin'],
	'/(staff)/admin/languages': ['admin'],
	'/(staff)/account/password': ALL_STAFF,
	'/(staff)/account/two-step': ALL_STAFF,
	'/(staff)/account/sessions': ALL_STAFF,
	'/(staff)/complaints': 'complaints_team',
	'/(staff)/complaints/[id]': 'complaints_team'
};

type AccessDecision = 'allow' | 'sign_in_first' | 'forbidden';

/** `readsComplaints` is asked only for a complaints route: it reads the database. */
export async function decideAccess(
	routeId: string | null,
	user: SessionUser | null,
	readsComplaints: (userId: string) => Promise<boolean> | boolean = () => false
): Promise<AccessDecision> {
	const decision = decideByRoles(routeId, user);
	if (decision !== 'complaints_team') return decision;
	return user && !user.roles.includes('admin') && (await readsComplaints(user.id))
		? 'allow'
		: 'forbidden';
}

/** What the route table alone decides; a complaints route also needs the complaints team's say. */
export function decideByRoles(
	routeId: string | null,
	user: SessionUser | null
): AccessDecision | 'complaints_team' {
	// No route matched: let SvelteKit answer 404.
	if (routeId === null) return 'allow';
	const rule = ROUTE_ACCESS[routeId];
	if (rule === undefined) return 'forbidden';
	if (rule === 'public') return 'allow';
	if (!user) return 'sign_in_first';
	if (rule === 'signed_in') return 'allow';
	if (rule === 'complaints_team') return rule;
	return rule.some((role) => user.roles.includes(role)) ? 'allow' : 'forbidden';
}

/** Where each person lands after signing in; someone with several roles lands on the first. */
const HOME_BY_ROLE: [Role, string][] = [
	['young_person', '/me'],
	['admin', '/admin'],
	['manager', '/manager'],
	['participation_lead', '/lead'],
	['worker', '/worker']
];

export function homeFor(user: Pick<SessionUser, 'roles'>): string {
	return HOME_BY_ROLE.find(([role]) => user.roles.includes(role))?.[1] ?? '/';
}

/** The staff homes a person may move between, for the staff navigation. */
export function staffHomesFor(user: Pick<SessionUser, 'roles'>): { role: Role; href: string }[] {
	return HOME_BY_ROLE.filter(([role]) => role !== 'young_person' && user.roles.includes(role)).map(
		([role, href]) => ({ role, href })
	);
}
