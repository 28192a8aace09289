import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '../db';
import { auditEvents, sessions } from '../db/schema';
import { runRetention } from '../data-rights/retention';
import { createStaff } from '$tests/fixtures';
import { describeDevice } from './device';
import { createSession, generateSessionToken, validateSessionToken } from './session';
import {
	countSessionsOf,
	endAllOtherSessions,
	endAllSessionsOf,
	endOtherSession,
	listOwnSessions
} from './signed-in';

const ANDROID_CHROME =
	'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36';
const IPAD =
	'Mozilla/5.0 (iPad; CPU OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1';
const WINDOWS_EDGE =
	'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0';
const NOW = new Date('2026-03-02T09:00:00Z');
const MINUTE = 60_000;

async function signIn(userId: string, userAgent: string | null, now = NOW) {
	const token = generateSessionToken();
	return { token, id: (await createSession(token, userId, now, userAgent)).id };
}

describe('describeDevice', () => {
	it('keeps a kind of device, a browser and a system, and no versions', () => {
		expect(describeDevice(ANDROID_CHROME)).toEqual({
			deviceKind: 'phone',
			browser: 'Chrome',
			system: 'Android'
		});
		expect(describeDevice(IPAD)).toMatchObject({ deviceKind: 'tablet', system: 'iOS' });
		expect(describeDevice(WINDOWS_EDGE)).toEqual({
			deviceKind: 'computer',
			browser: 'Microsoft Edge',
			system: 'Windows'
		});
		expect(JSON.stringify(describeDevice(ANDROID_CHROME))).not.toMatch(/\d/);
	});

	it('names nothing when there is no User-Agent or it means nothing', () => {
		expect(describeDevice(null)).toEqual({ deviceKind: 'unknown', browser: '', system: '' });
		expect(describeDevice('')).toEqual({ deviceKind: 'unknown', browser: '', system: '' });
		expect(describeDevice('x'.repeat(5000)).browser.length).toBeLessThanOrEqual(40);
	});
});

describe('where you are signed in', () => {
	it('lists your own sessions with this one first and marked, and when each was last used', async () => {
		const me = await createStaff(['worker']);
		const someoneElse = await createStaff(['worker']);
		const phone = await signIn(me.id, ANDROID_CHROME);
		const laptop = await signIn(me.id, WINDOWS_EDGE, new Date(NOW.getTime() + MINUTE));
		await signIn(someoneElse.id, IPAD);
		// Used again ten minutes later: "last used" moves on; a minute later it does not write again.
		await validateSessionToken(phone.token, new Date(NOW.getTime() + 10 * MINUTE));
		await validateSessionToken(phone.token, new Date(NOW.getTime() + 11 * MINUTE));

		const list = await listOwnSessions(me.id, laptop.id, new Date(NOW.getTime() + 12 * MINUTE));
		expect(list.map((s) => [s.id, s.current, s.deviceKind])).toEqual([
			[laptop.id, true, 'computer'],
			[phone.id, false, 'phone']
		]);
		expect(list[1]!.lastUsedAt).toEqual(new Date(NOW.getTime() + 10 * MINUTE));
		// No address is kept with a session.
		const row = (await db().select().from(sessions).where(eq(sessions.id, phone.id)).limit(1))[0]!;
		expect(Object.keys(row).join(' ')).not.toMatch(/address|ip|agent/i);
	});

	it('ends one other session, never the current one or anybody else’s', async () => {
		const me = await createStaff(['worker']);
		const other = await createStaff(['worker']);
		const here = await signIn(me.id, WINDOWS_EDGE);
		const phone = await signIn(me.id, ANDROID_CHROME);
		const theirs = await signIn(other.id, ANDROID_CHROME);

		expect(await endOtherSession(me, here.id, here.id, NOW)).toEqual({
			ok: false,
			reason: 'not_found'
		});
		expect(await endOtherSession(me, here.id, theirs.id, NOW)).toEqual({
			ok: false,
			reason: 'not_found'
		});
		expect((await validateSessionToken(theirs.token, NOW)).user?.id).toBe(other.id);

		expect(await endOtherSession(me, here.id, phone.id, NOW)).toEqual({ ok: true, ended: 1 });
		expect((await validateSessionToken(phone.token, NOW)).user).toBeNull();
		expect((await validateSessionToken(here.token, NOW)).user?.id).toBe(me.id);
	});

	it('ends all the others at once, and is audited', async () => {
		const me = await createStaff(['worker']);
		const here = await signIn(me.id, WINDOWS_EDGE);
		const others = [await signIn(me.id, ANDROID_CHROME), await signIn(me.id, IPAD)];
		expect(await endAllOtherSessions(me, here.id, NOW)).toEqual({ ok: true, ended: 2 });
		for (const o of others) expect((await validateSessionToken(o.token, NOW)).user).toBeNull();
		expect(await countSessionsOf(me.id, NOW)).toBe(1);
		const audit = await db().select().from(auditEvents).where(eq(auditEvents.subjectId, me.id));
		expect(audit.map((a) => a.action)).toContain('signed_out_elsewhere');
	});

	it('lets an administrator end all of someone’s sessions, audited, but not their own this way', async () => {
		const admin = await createStaff(['admin']);
		const person = await createStaff(['worker']);
		const a = await signIn(person.id, ANDROID_CHROME);
		const b = await signIn(person.id, WINDOWS_EDGE);
		expect(await endAllSessionsOf(admin, admin.id, NOW)).toEqual({
			ok: false,
			reason: 'not_yourself'
		});
		expect(await endAllSessionsOf(admin, person.id, NOW)).toEqual({ ok: true, ended: 2 });
		for (const s of [a, b]) expect((await validateSessionToken(s.token, NOW)).user).toBeNull();
		const audit = (
			await db().select().from(auditEvents).where(eq(auditEvents.action, 'sessions_ended_by_admin'))
		).filter((e) => e.subjectId === person.id);
		expect(audit.map((e) => [e.actorId, e.detail])).toEqual([[admin.id, { ended: 2 }]]);
	});

	it('deletes expired sessions in the daily retention run', async () => {
		const me = await createStaff(['worker']);
		const old = await signIn(
			me.id,
			ANDROID_CHROME,
			new Date(NOW.getTime() - 40 * 24 * 60 * MINUTE)
		);
		const fresh = await signIn(me.id, WINDOWS_EDGE);
		await runRetention(NOW);
		const left = await db()
			.select({ id: sessions.id })
			.from(sessions)
			.where(eq(sessions.userId, me.id));
		expect(left.map((s) => s.id)).toEqual([fresh.id]);
		expect(old.id).not.toBe(fresh.id);
	});
});
