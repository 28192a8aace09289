// The rows of a synthetic authority, inserted with prepared statements in one transaction.
const DAY = 86_400_000;
const KINDS = [
	'before_meeting',
	'make_a_change',
	'feelings',
	'worried',
	'good_news',
	'feedback',
	'my_future'
];
const KIND_WEIGHTS = [0.18, 0.17, 0.3, 0.03, 0.15, 0.12, 0.05];
const CATEGORIES = [
	'where_i_live',
	'family_time',
	'school_work',
	'my_worker',
	'money',
	'health',
	'activities',
	'house_rules',
	'something_else'
];
const DECISIONS = ['agreed', 'partly_agreed', 'not_possible', 'still_working'];
const MEETING_TYPES = [
	'child_protection_conference',
	'looked_after_review',
	'childrens_hearing',
	'childs_plan_meeting',
	'pathway_plan_review',
	'family_group_decision_making',
	'team_around_the_child',
	'other'
];
const LEGAL = [
	'at_home_supervision',
	'kinship',
	'foster',
	'residential',
	'secure',
	'child_protection_plan',
	'child_in_need',
	'continuing_care',
	'aftercare'
];
const PLACEMENTS = [
	'family_home',
	'kinship_carer',
	'foster_carer',
	'residential_house',
	'secure_unit',
	'supported_lodgings',
	'own_tenancy',
	'other'
];
const AREAS = [
	'safe',
	'healthy',
	'achieving',
	'nurtured',
	'active',
	'respected',
	'responsible',
	'included'
];

export function fill(sqlite, size, passwordHash, random) {
	const now = Date.now();
	const pick = (list) => list[Math.floor(random() * list.length)];
	const weighted = () => {
		let r = random();
		for (let i = 0; i < KINDS.length; i += 1) if ((r -= KIND_WEIGHTS[i]) < 0) return KINDS[i];
		return KINDS[0];
	};
	const q = (sql) => sqlite.prepare(sql);
	const insertUser = q(
		'INSERT INTO users (id, email, username, display_name, first_name, password_hash, active, created_at) VALUES (?, ?, ?, ?, ?, ?, 1, ?)'
	);
	const insertRole = q('INSERT INTO user_roles (user_id, role) VALUES (?, ?)');
	const insertTeam = q('INSERT INTO teams (id, name, created_at) VALUES (?, ?, ?)');
	const insertMember = q('INSERT INTO team_members (team_id, user_id, team_role) VALUES (?, ?, ?)');
	const insertPerson =
		q(`INSERT INTO young_people (id, user_id, preferred_name, date_of_birth, legal_status, placement_type, case_reference, team_id, created_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`);
	const insertAllocation = q(
		'INSERT INTO allocations (id, young_person_id, worker_id, started_at, ended_at, announced) VALUES (?, ?, ?, ?, ?, 1)'
	);
	const insertMeeting = q(
		'INSERT INTO meetings (id, young_person_id, type, scheduled_at, chair, created_at) VALUES (?, ?, ?, ?, ?, ?)'
	);
	const insertStatement =
		q(`INSERT INTO statements (id, young_person_id, kind, template_id, template_version, answers, status, urgent, consent_to_share,
		meeting_id, change_category, idempotency_key, sent_at, first_read_at, first_read_by, first_replied_at, escalated_at, closed_at, listened_rating)
		VALUES (?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
	const insertReply = q(
		'INSERT INTO replies (id, statement_id, author_id, body, is_decision, created_at) VALUES (?, ?, ?, ?, 0, ?)'
	);
	const insertOutcome = q(
		'INSERT INTO outcomes (statement_id, decision, explanation, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?)'
	);

	let counter = 0;
	const id = () => (counter++).toString(36).padStart(8, '0') + 'b';
	sqlite.transaction(() => {
		const teams = Array.from({ length: size.teams }, (_, t) => {
			const teamId = id();
			insertTeam.run(teamId, `Team ${t + 1}`, now);
			return teamId;
		});
		const workers = Array.from({ length: size.workers }, (_, w) => {
			const userId = id();
			insertUser.run(
				userId,
				`worker${w}@bench.example`,
				null,
				`Worker ${w}`,
				`Worker${w}`,
				passwordHash,
				now
			);
			insertRole.run(userId, 'worker');
			insertMember.run(teams[w % size.teams], userId, 'worker');
			if (w < size.teams) {
				insertRole.run(userId, 'manager');
				insertMember.run(teams[w], userId, 'manager');
			}
			return { userId, team: teams[w % size.teams] };
		});
		const lead = id();
		insertUser.run(lead, 'lead@bench.example', null, 'Bench Lead', 'Lead', passwordHash, now);
		insertRole.run(lead, 'participation_lead');

		const perPerson = Math.round(size.statements / size.youngPeople);
		for (let p = 0; p < size.youngPeople; p += 1) {
			// Worker 0 carries 40 young people, as the inbox benchmark asks; the rest are spread evenly.
			const worker = p < 40 ? workers[0] : workers[1 + (p % (size.workers - 1))];
			const personId = id();
			const userId = id();
			insertUser.run(userId, null, `yp${p}`, `Young person ${p}`, `YP${p}`, passwordHash, now);
			insertRole.run(userId, 'young_person');
			const age = 8 + Math.floor(random() * 18);
			const dob = new Date(now - age * 365.25 * DAY - random() * 300 * DAY)
				.toISOString()
				.slice(0, 10);
			insertPerson.run(
				personId,
				userId,
				`YP${p}`,
				dob,
				pick(LEGAL),
				pick(PLACEMENTS),
				`B-${p}`,
				worker.team,
				now
			);
			const changed = now - Math.floor(random() * 700) * DAY;
			if (random() < 0.4)
				insertAllocation.run(
					id(),
					personId,
					workers[1 + ((p + 7) % (size.workers - 1))].userId,
					now - 1100 * DAY,
					changed
				);
			insertAllocation.run(
				id(),
				personId,
				worker.userId,
				random() < 0.4 ? changed : now - 1100 * DAY,
				null
			);
			const meetings = Array.from({ length: Math.max(1, Math.round(perPerson / 8)) }, () => {
				const meetingId = id();
				insertMeeting.run(
					meetingId,
					personId,
					pick(MEETING_TYPES),
					now - Math.floor(random() * 1095) * DAY + 14 * DAY,
					'Chair',
					now
				);
				return meetingId;
			});
			for (let s = 0; s < perPerson; s += 1) addStatement(personId, worker.userId, meetings);
		}
		// As the loop runs: the worker tells the young person what was decided a few days after
		// nearly every meeting (one in twenty still waits), so the inbox lists what is really waiting.
		sqlite
			.prepare(
				`INSERT INTO meeting_feedback (meeting_id, decided, views_counted, agreed_requests, recorded_by, recorded_at, updated_at)
				 SELECT m.id, 'What was decided.', 'How your views counted.', '[]', a.worker_id, m.scheduled_at + ?, m.scheduled_at + ?
				 FROM meetings m JOIN allocations a ON a.young_person_id = m.young_person_id AND a.ended_at IS NULL
				 WHERE m.scheduled_at < ? AND m.rowid % 20 != 0`
			)
			.run(3 * DAY, 3 * DAY, now - 10 * DAY);
	})();

	function addStatement(personId, workerId, meetings) {
		const kind = weighted();
		const sentAt = now - Math.floor(random() * 1095 * DAY);
		const urgent = kind === 'worried' || random() < 0.01;
		const read =
			random() < 0.97 ? sentAt + Math.floor(random() * (urgent ? 3 : 72) * 3_600_000) : null;
		const replied = read && random() < 0.6 ? read + Math.floor(random() * 48 * 3_600_000) : null;
		const category = kind === 'make_a_change' ? pick(CATEGORIES) : null;
		const outcome =
			category && read && random() < 0.85 ? read + Math.floor(random() * 30 * DAY) : null;
		const answers =
			kind === 'feelings'
				? Object.fromEntries(AREAS.map((a) => [a, 1 + Math.floor(random() * 5)]))
				: kind === 'make_a_change'
					? { category, what: 'A change I would like to see made.' }
					: { what: 'Something I want my worker to know.' };
		// As the running app leaves them: an urgent statement unread after two hours was escalated then.
		const escalated =
			urgent && (read === null || read - sentAt > 7_200_000) && now - sentAt > 7_200_000
				? sentAt + 7_200_000
				: null;
		const statementId = id();
		// As the app records them: "still working on it" answers a request without closing it.
		const decision = outcome ? pick(DECISIONS) : null;
		const closed = decision && decision !== 'still_working' ? outcome : null;
		const status = closed ? 'closed' : replied ? 'replied' : read ? 'read' : 'sent';
		insertStatement.run(
			statementId,
			personId,
			kind,
			kind,
			JSON.stringify(answers),
			status,
			urgent ? 1 : 0,
			random() < 0.3 ? 1 : 0,
			kind === 'before_meeting' ? pick(meetings) : null,
			category,
			statementId + 'k',
			sentAt,
			read,
			read ? workerId : null,
			replied,
			escalated,
			closed,
			replied || outcome ? 1 + Math.floor(random() * 5) : null
		);
		if (replied)
			insertReply.run(
				id(),
				statementId,
				workerId,
				'Thank you for telling me. Here is what happens next.',
				replied
			);
		if (outcome)
			insertOutcome.run(
				statementId,
				decision,
				'Here is what we decided and why.',
				workerId,
				outcome
			);
	}
}
