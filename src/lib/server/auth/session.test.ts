import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db, transaction } from '../db';
import { sessions, users } from '../db/schema';
import { createStaff } from '$tests/fixtures';
import {
	SESSION_LIFETIME_MS,
	STAFF_IDLE_MS,
	createSession,
	generateSessionToken,
	invalidateAllSessionsOfUser,
	invalidateSession,
	sessionIdFromToken,
	validateSessionToken
} from './session';

const DAY = 24 * 60 * 60 * 1000;
const at = (base: Date, days: number) => new Date(base.getTime() + days * DAY);
const storedSession = async (id: string) =>
	(await db().select().from(sessions).where(eq(sessions.id, id)).limit(1))[0];

describe('sessions', () => {
	it('returns the user and their roles for a valid token', async () => {
		const staff = await createStaff(['worker', 'manager'], { firstName: 'Fiona' });
		const token = generateSessionToken();
		const session = await createSession(token, staff.id);

		const result = await validateSessionToken(token);
		expect(result.session?.id).toBe(session.id);
		expect(result.user?.id).toBe(staff.id);
		expect(result.user?.firstName).toBe('Fiona');
		expect(result.user?.roles.sort()).toEqual(['manager', 'worker']);
		expect(result.renewed).toBe(false);
	});

	it('stores only the SHA-256 of the token, never the token itself', async () => {
		const staff = await createStaff(['worker']);
		const token = generateSessionToken();
		const session = await createSession(token, staff.id);

		expect(session.id).toBe(sessionIdFromToken(token));
		expect(session.id).toMatch(/^[0-9a-f]{64}$/);
		const rows: Record<string, unknown>[] = await db().select().from(sessions);
		const everyValue = rows.flatMap((row) => Object.values(row).map(String));
		expect(everyValue).not.toContain(token);
		expect(everyValue.some((v) => v.includes(token))).toBe(false);
	});

	it('refuses a token that was never issued', async () => {
		expect(await validateSessionToken(generateSessionToken())).toEqual({
			session: null,
			user: null,
			renewed: false
		});
	});

	it('refuses an expired session and deletes it', async () => {
		const staff = await createStaff(['worker']);
		const token = generateSessionToken();
		const start = new Date('2026-01-01T09:00:00Z');
		const session = await createSession(token, staff.id, start);

		const result = await validateSessionToken(
			token,
			new Date(start.getTime() + SESSION_LIFETIME_MS)
		);
		expect(result.session).toBeNull();
		expect(result.user).toBeNull();
		expect(await storedSession(session.id)).toBeUndefined();
	});

	it('renews a session with less than 15 days left to 30 days from now', async () => {
		// A young person's: a staff session unused this long would have ended (below).
		const staff = await createStaff(['young_person']);
		const token = generateSessionToken();
		const start = new Date('2026-01-01T09:00:00Z');
		const session = await createSession(token, staff.id, start);

		const later = at(start, 16); // 14 days left
		const result = await validateSessionToken(token, later);
		expect(result.renewed).toBe(true);
		expect(result.session?.expiresAt.getTime()).toBe(later.getTime() + SESSION_LIFETIME_MS);
		expect((await storedSession(session.id))?.expiresAt.getTime()).toBe(
			later.getTime() + SESSION_LIFETIME_MS
		);
	});

	it('does not renew a session with more than 15 days left', async () => {
		const staff = await createStaff(['young_person']);
		const token = generateSessionToken();
		const start = new Date('2026-01-01T09:00:00Z');
		const session = await createSession(token, staff.id, start);

		const result = await validateSessionToken(token, at(start, 14)); // 16 days left
		expect(result.renewed).toBe(false);
		expect(result.session?.expiresAt.getTime()).toBe(session.expiresAt.getTime());
		expect((await storedSession(session.id))?.expiresAt.getTime()).toBe(
			session.expiresAt.getTime()
		);
	});

	it('ends a staff session left unused for eight hours, counting from its last use', async () => {
		const staff = await createStaff(['worker']);
		const token = generateSessionToken();
		const start = new Date('2026-01-05T09:00:00Z');
		const session = await createSession(token, staff.id, start);
		const lastUse = new Date(start.getTime() + STAFF_IDLE_MS - 60_000);
		expect((await validateSessionToken(token, lastUse)).user?.id).toBe(staff.id);

		const stillIn = new Date(lastUse.getTime() + STAFF_IDLE_MS - 60_000);
		expect((await validateSessionToken(token, stillIn)).user?.id).toBe(staff.id);
		const away = new Date(stillIn.getTime() + STAFF_IDLE_MS);
		expect(await validateSessionToken(token, away)).toEqual({
			session: null,
			user: null,
			renewed: false
		});
		expect(await storedSession(session.id)).toBeUndefined();
	});

	it('keeps a young person signed in on their own phone however long it lies unused', async () => {
		const child = await createStaff(['young_person']);
		const token = generateSessionToken();
		const start = new Date('2026-01-05T09:00:00Z');
		await createSession(token, child.id, start);
		expect((await validateSessionToken(token, at(start, 10))).user?.id).toBe(child.id);
	});

	it('invalidateSession signs out that one session', async () => {
		const staff = await createStaff(['worker']);
		const [first, second] = [generateSessionToken(), generateSessionToken()];
		const firstSession = await createSession(first, staff.id);
		await createSession(second, staff.id);

		await invalidateSession(firstSession.id);
		expect((await validateSessionToken(first)).user).toBeNull();
		expect((await validateSessionToken(second)).user?.id).toBe(staff.id);
	});

	it('invalidateAllSessionsOfUser signs out every session of that user only', async () => {
		const staff = await createStaff(['worker']);
		const other = await createStaff(['manager']);
		const tokens = [generateSessionToken(), generateSessionToken()];
		for (const token of tokens) await createSession(token, staff.id);
		const otherToken = generateSessionToken();
		await createSession(otherToken, other.id);

		await transaction(async (tx) => await invalidateAllSessionsOfUser(tx, staff.id));
		for (const token of tokens) expect((await validateSessionToken(token)).user).toBeNull();
		expect((await validateSessionToken(otherToken)).user?.id).toBe(other.id);
	});

	it('refuses and deletes the session of a deactivated user', async () => {
		const staff = await createStaff(['worker']);
		const token = generateSessionToken();
		const session = await createSession(token, staff.id);
		expect((await validateSessionToken(token)).user?.id).toBe(staff.id);

		await transaction(async (tx) => {
			await tx
				.update(users)
				.set({ active: false, deactivatedAt: new Date() })
				.where(eq(users.id, staff.id));
		});
		expect((await validateSessionToken(token)).user).toBeNull();
		expect(await storedSession(session.id)).toBeUndefined();
	});
});
