/**
 * Small builders for unit tests: each inserts real rows with drizzle into the
 * test file's own in-memory database and returns what a test needs to use them.
 */
import type { LegalStatus, Role, StatementKind, TeamRole } from '$lib/vocabulary';
import type { SessionUser } from '../auth/session';
import { hashPassword } from '../auth/password';
import { db } from '../db';
import {
	allocations,
	statements,
	teamMembers,
	teams,
	userRoles,
	users,
	youngPeople
} from '../db/schema';
import { newId } from '../ids';

export function createTeam(name = `Team ${newId()}`): string {
	return db().insert(teams).values({ name }).returning().get().id;
}

interface StaffOptions {
	email?: string;
	firstName?: string;
	/** Hashed with the real argon2id settings (about 60 ms), so only when a test signs in. */
	password?: string;
	active?: boolean;
}

export async function createStaff(
	roles: Role[],
	options: StaffOptions = {}
): Promise<SessionUser & { email: string }> {
	const email = options.email ?? `staff-${newId()}@heard.example`;
	const firstName = options.firstName ?? 'Sam';
	const passwordHash = options.password ? await hashPassword(options.password) : null;
	const id = db()
		.insert(users)
		.values({
			email,
			passwordHash,
			displayName: `${firstName} Example`,
			firstName,
			active: options.active ?? true
		})
		.returning()
		.get().id;
	for (const role of roles) db().insert(userRoles).values({ userId: id, role }).run();
	return { id, email, displayName: `${firstName} Example`, firstName, roles };
}

export function addToTeam(teamId: string, userId: string, teamRole: TeamRole): void {
	db().insert(teamMembers).values({ teamId, userId, teamRole }).run();
}

interface YoungPersonOptions {
	teamId: string;
	preferredName?: string;
	dateOfBirth?: string;
	legalStatus?: LegalStatus;
	userId?: string | null;
	archivedAt?: Date | null;
}

export function createYoungPerson(options: YoungPersonOptions): string {
	return db()
		.insert(youngPeople)
		.values({
			teamId: options.teamId,
			userId: options.userId ?? null,
			preferredName: options.preferredName ?? 'Robin',
			dateOfBirth: options.dateOfBirth ?? '2012-05-01',
			legalStatus: options.legalStatus ?? 'foster',
			placementType: 'foster_carer',
			caseReference: `T-${newId()}`,
			archivedAt: options.archivedAt ?? null
		})
		.returning()
		.get().id;
}

export function allocate(
	youngPersonId: string,
	workerId: string,
	endedAt: Date | null = null
): void {
	db()
		.insert(allocations)
		.values({ youngPersonId, workerId, startedAt: new Date(Date.now() - 86_400_000), endedAt })
		.run();
}

export function addStatement(
	youngPersonId: string,
	options: { kind?: StatementKind; urgent?: boolean; readBy?: string | null } = {}
): string {
	const kind = options.kind ?? 'good_news';
	return db()
		.insert(statements)
		.values({
			youngPersonId,
			kind,
			templateId: kind,
			templateVersion: 1,
			answers: {},
			status: options.readBy ? 'read' : 'sent',
			urgent: options.urgent ?? false,
			idempotencyKey: newId(),
			sentAt: new Date(),
			firstReadAt: options.readBy ? new Date() : null,
			firstReadBy: options.readBy ?? null
		})
		.returning()
		.get().id;
}
