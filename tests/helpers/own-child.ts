import { expect, type Page } from '@playwright/test';
import { randomBytes } from 'node:crypto';
import { DEMO_PASSWORD } from './accounts';
import { issueCodeFor, openTestDatabase } from './database';

const DAY = 86_400_000;
const newId = () => randomBytes(8).toString('hex');

/**
 * A young person of the test's own, written as the app writes them: in the
 * North team, allocated to Sam, with a sign-in (the demo password, whose hash
 * is taken from a demo account) made `accountDaysAgo` days ago. No other test
 * knows them, so nothing here depends on, or disturbs, the demo's state.
 */
export function addOwnChild(name: string, accountDaysAgo = 60) {
	const db = openTestDatabase();
	try {
		const one = (sql: string) => (db.prepare(sql).get() as { id: string }).id;
		const team = one("SELECT id FROM teams WHERE name = 'North Children and Families Team'");
		const sam = one("SELECT id FROM users WHERE email = 'sam@glenbrae.example'");
		const hash = (
			db.prepare("SELECT password_hash AS h FROM users WHERE username = 'leah'").get() as {
				h: string;
			}
		).h;
		const now = Date.now();
		const userId = newId();
		const person = newId();
		const username = name.toLowerCase();
		db.prepare(
			'INSERT INTO users (id, username, display_name, first_name, password_hash, active, created_at) VALUES (?, ?, ?, ?, ?, 1, ?)'
		).run(userId, username, name, name, hash, now - accountDaysAgo * DAY);
		db.prepare("INSERT INTO user_roles (user_id, role) VALUES (?, 'young_person')").run(userId);
		db.prepare(
			"INSERT INTO young_people (id, user_id, preferred_name, date_of_birth, legal_status, placement_type, case_reference, team_id, created_at) VALUES (?, ?, ?, '2013-04-02', 'foster', 'foster_carer', ?, ?, ?)"
		).run(person, userId, name, `GB-E2E-${person.slice(0, 6)}`, team, now - 400 * DAY);
		db.prepare(
			'INSERT INTO allocations (id, young_person_id, worker_id, started_at, announced) VALUES (?, ?, ?, ?, 1)'
		).run(newId(), person, sam, now - 300 * DAY);
		return { id: person, username, sam };
	} finally {
		db.close();
	}
}

/** A young person of the test's own (addOwnChild) on the simple form, or on the one-page form. */
export function addOwnChildInMode(name: string, simple: boolean) {
	const child = addOwnChild(name);
	const db = openTestDatabase();
	try {
		db.prepare('UPDATE young_people SET simple_mode = ? WHERE id = ?').run(
			simple ? 1 : 0,
			child.id
		);
	} finally {
		db.close();
	}
	return child;
}

/**
 * A young person of the test's own with no sign-in yet, as an administrator adds them, allocated
 * to Sam, with a code from Sam's letter (issueCodeFor) for them to make their account with.
 */
export function addOwnChildAwaitingCode(name: string): { id: string; code: string } {
	const db = openTestDatabase();
	const person = newId();
	try {
		const one = (sql: string) => (db.prepare(sql).get() as { id: string }).id;
		const team = one("SELECT id FROM teams WHERE name = 'North Children and Families Team'");
		const sam = one("SELECT id FROM users WHERE email = 'sam@glenbrae.example'");
		const now = Date.now();
		db.prepare(
			"INSERT INTO young_people (id, preferred_name, date_of_birth, legal_status, placement_type, case_reference, team_id, created_at) VALUES (?, ?, '2016-01-09', 'foster', 'foster_carer', ?, ?, ?)"
		).run(person, name, `GB-E2E-${person.slice(0, 6)}`, team, now - DAY);
		db.prepare(
			'INSERT INTO allocations (id, young_person_id, worker_id, started_at, announced) VALUES (?, ?, ?, ?, 1)'
		).run(newId(), person, sam, now - DAY);
	} finally {
		db.close();
	}
	return { id: person, code: issueCodeFor(name) };
}

/** A meeting `daysAgo` days ago (negative: to come), put in Heard a month before it. */
export function addOwnMeeting(youngPersonId: string, daysAgo: number, createdBy: string): string {
	const db = openTestDatabase();
	try {
		const id = newId();
		const at = Date.now() - daysAgo * DAY;
		db.prepare(
			"INSERT INTO meetings (id, young_person_id, type, scheduled_at, chair, created_by, created_at) VALUES (?, ?, 'looked_after_review', ?, '', ?, ?)"
		).run(id, youngPersonId, at, createdBy, at - 30 * DAY);
		return id;
	} finally {
		db.close();
	}
}

/** "Have your say before my meeting", sent `daysBefore` days before it, as the form stores it. */
export function addViewsBefore(
	youngPersonId: string,
	meetingId: string,
	answers: Record<string, string>,
	daysBefore = 2
): string {
	const db = openTestDatabase();
	try {
		const { at } = db
			.prepare('SELECT scheduled_at AS at FROM meetings WHERE id = ?')
			.get(meetingId) as {
			at: number;
		};
		const id = newId();
		db.prepare(
			"INSERT INTO statements (id, young_person_id, kind, template_id, template_version, answers, status, urgent, simple_mode, meeting_id, idempotency_key, sent_at) VALUES (?, ?, 'before_meeting', 'before_meeting', 2, ?, 'sent', 0, 0, ?, ?, ?)"
		).run(
			id,
			youngPersonId,
			JSON.stringify({ meeting: meetingId, ...answers }),
			meetingId,
			newId(),
			at - daysBefore * DAY
		);
		return id;
	} finally {
		db.close();
	}
}

/** A statement of `kind` sent an hour ago and not yet read, as the form stores it. */
export function addOwnStatement(
	youngPersonId: string,
	kind: string,
	answers: Record<string, string>
): string {
	const db = openTestDatabase();
	try {
		const id = newId();
		db.prepare(
			"INSERT INTO statements (id, young_person_id, kind, template_id, template_version, answers, status, urgent, simple_mode, idempotency_key, sent_at) VALUES (?, ?, ?, ?, 1, ?, 'sent', 0, 0, ?, ?)"
		).run(id, youngPersonId, kind, kind, JSON.stringify(answers), newId(), Date.now() - 3_600_000);
		return id;
	} finally {
		db.close();
	}
}

/** Signs a young person of the test's own in through the real form. */
export async function signInAsChild(page: Page, username: string): Promise<void> {
	await page.goto('/login');
	await page.getByLabel('Username or work email').fill(username);
	await page.getByLabel('Password').fill(DEMO_PASSWORD);
	await page.getByRole('button', { name: 'Sign in' }).click();
	// As loginAs: a password check takes its time on a busy machine.
	await expect(page).toHaveURL(/\/me$/, { timeout: 15_000 });
}
