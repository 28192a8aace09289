/**
 * Who may enter each route, written out by hand from DESIGN.md §1 and reviewed line by line,
 * on purpose not derived from ROUTE_ACCESS: the access matrix checks the running app against
 * this, so a wrong line in the app's table fails. A route in src/routes missing here fails too.
 *
 * young people: their own things only; workers: their allocated young people (managers do all a
 * worker does, for their team); participation leads: aggregated reports, consented quotes and
 * "You said, we did"; admins: accounts, teams, records, settings, the audit log and the audited
 * subject-access export, never a young person's or a worker's pages. Every member of staff
 * changes their own password and sees where they are signed in. Complaints are read only by the
 * members of the complaints team an admin chose, never by an admin (`complaints_team` is not a
 * role: it is membership of that team, for staff who hold a role that reads).
 */
export type Expected =
	| 'anyone'
	| ('young_person' | 'worker' | 'manager' | 'participation_lead' | 'admin' | 'complaints_team')[];

const CHILD = ['young_person'] as Expected;
const CASEWORK = ['worker', 'manager'] as Expected;

export const EXPECTED_ACCESS: Record<string, Expected> = {
	'/(public)': 'anyone',
	'/(public)/login': 'anyone',
	'/(public)/login/two-step': 'anyone',
	'/(public)/login/sso': 'anyone',
	'/(public)/login/sso/callback': 'anyone',
	'/(public)/logout': 'anyone',
	'/(public)/activate': 'anyone',
	'/(public)/help': 'anyone',
	// Choosing a language: a cookie before signing in, the record of a signed-in young person.
	'/language': 'anyone',
	'/(public)/forbidden': 'anyone',
	'/(public)/password/[token]': 'anyone',
	'/healthz': 'anyone',
	'/(public)/accessibility': 'anyone',
	'/(public)/privacy': 'anyone',
	'/(public)/privacy/full': 'anyone',
	'/.well-known/security.txt': 'anyone',
	'/manifest.webmanifest': 'anyone',
	'/push': ['young_person', 'worker', 'manager'],

	'/(young-person)/me': CHILD,
	'/(young-person)/me/say/[kind]': CHILD,
	'/(young-person)/me/say/[kind]/voice/[question]': CHILD,
	'/(young-person)/me/things': CHILD,
	'/(young-person)/me/things/[id]': CHILD,
	'/(young-person)/me/things/[id]/voice/[question]': CHILD,
	'/(young-person)/me/things/[id]/correct': CHILD,
	'/(young-person)/me/meetings/[id]': CHILD,
	'/(young-person)/me/about': CHILD,
	'/(young-person)/me/feelings': CHILD,
	'/(young-person)/me/settings': CHILD,
	'/(young-person)/me/settings/signed-in': CHILD,
	'/(young-person)/me/you-said': CHILD,
	'/(young-person)/me/words': CHILD,
	'/(young-person)/me/words/download': CHILD,
	'/(young-person)/me/not-happy': CHILD,

	'/(staff)/worker': CASEWORK,
	'/(staff)/worker/notifications': CASEWORK,
	'/(staff)/worker/statements/[id]': CASEWORK,
	'/(staff)/worker/statements/[id]/record': CASEWORK,
	'/(staff)/worker/statements/[id]/record.txt': CASEWORK,
	'/(staff)/worker/statements/[id]/voice/[question]': CASEWORK,
	'/(staff)/worker/young-people/[id]': CASEWORK,
	'/(staff)/worker/young-people/[id]/meetings/new': CASEWORK,
	'/(staff)/worker/young-people/[id]/with': CASEWORK,
	'/(staff)/worker/young-people/[id]/with/[kind]': CASEWORK,
	'/(staff)/worker/young-people/[id]/sign-in-code': CASEWORK,
	'/(staff)/worker/young-people/[id]/language': CASEWORK,
	'/(staff)/worker/meetings/[id]': CASEWORK,
	'/(staff)/worker/meetings/[id]/pack.txt': CASEWORK,
	'/(staff)/worker/meetings/[id]/after': CASEWORK,
	'/(staff)/worker/young-people/[id]/hello': CASEWORK,
	'/(staff)/worker/handovers/[id]': CASEWORK,

	'/(staff)/manager': ['manager'],
	'/(staff)/manager/young-people/[id]/reassign': ['manager'],
	'/(staff)/manager/waiting/[workerId]': ['manager'],

	'/(staff)/lead': ['participation_lead'],
	'/(staff)/lead/report.csv': ['participation_lead'],
	'/(staff)/lead/print': ['participation_lead'],
	'/(staff)/lead/children': ['participation_lead'],
	'/(staff)/lead/quotes': ['participation_lead'],
	'/(staff)/lead/you-said': ['participation_lead'],
	'/(staff)/lead/you-said/[id]': ['participation_lead'],

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

	'/(staff)/account/password': ['worker', 'manager', 'participation_lead', 'admin'],
	'/(staff)/account/two-step': ['worker', 'manager', 'participation_lead', 'admin'],
	'/(staff)/account/sessions': ['worker', 'manager', 'participation_lead', 'admin'],

	'/(staff)/complaints': ['complaints_team'],
	'/(staff)/complaints/[id]': ['complaints_team']
};
