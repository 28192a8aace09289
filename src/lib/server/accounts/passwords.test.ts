import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { setPasswordWithLink } from '../auth/password-links';
import { createSession, generateSessionToken, validateSessionToken } from '../auth/session';
import { signIn } from '../auth/sign-in';
import { db } from '../db';
import { auditEvents, mailOutbox, users } from '../db/schema';
import { markMailSent, SENT_LINK_REMOVED } from '../notifications/outbox';
import { createStaff } from '$tests/fixtures';
import { resetStaffPassword } from './passwords';

const linkIn = (body: string) => body.match(/https?:\/\/[^\s]+\/password\/([a-z2-7]+)/)?.[1];

describe('an administrator resets a member of staff’s password', () => {
	it('ends their sessions and old password, emails them a link, tells the admin nothing secret, and is the admin’s act', async () => {
		const admin = await createStaff(['admin']);
		const worker = await createStaff(['worker'], { password: 'the old password' });
		const session = generateSessionToken();
		await createSession(session, worker.id);

		const result = await resetStaffPassword(admin, worker.id);
		expect(result).toEqual({ ok: true, email: worker.email });

		expect((await validateSessionToken(session)).user).toBeNull();
		expect((await signIn(worker.email, 'the old password', '10.8.0.1')).ok).toBe(false);
		const [mail] = await db().select().from(mailOutbox).where(eq(mailOutbox.to, worker.email));
		const token = linkIn(mail!.body);
		expect(token).toBeDefined();
		const [event] = await db()
			.select()
			.from(auditEvents)
			.where(
				and(eq(auditEvents.action, 'staff_password_reset'), eq(auditEvents.subjectId, worker.id))
			);
		expect(event).toMatchObject({ actorId: admin.id, detail: { how: 'emailed_link' } });
		expect(JSON.stringify(event)).not.toContain(token);

		expect(await setPasswordWithLink(token!, 'chosen by the worker')).toBe('set');
		expect((await signIn(worker.email, 'chosen by the worker', '10.8.0.2')).ok).toBe(true);
	});

	it('keeps no copy of the link once the email has gone', async () => {
		const admin = await createStaff(['admin']);
		const worker = await createStaff(['worker']);
		await resetStaffPassword(admin, worker.id);
		const [mail] = await db().select().from(mailOutbox).where(eq(mailOutbox.to, worker.email));
		await markMailSent(mail!.id, new Date());
		const [sent] = await db().select().from(mailOutbox).where(eq(mailOutbox.id, mail!.id));
		expect(sent!.body).toBe(SENT_LINK_REMOVED);
	});

	it('is refused for the admin’s own account, which changes its password with the current one', async () => {
		const admin = await createStaff(['admin']);
		expect(await resetStaffPassword(admin, admin.id)).toEqual({ ok: false, error: 'own_password' });
	});

	it('is refused for a deactivated account', async () => {
		const admin = await createStaff(['admin']);
		const worker = await createStaff(['worker'], { active: false });
		expect(await resetStaffPassword(admin, worker.id)).toEqual({ ok: false, error: 'deactivated' });
		expect(
			(await db().select().from(users).where(eq(users.id, worker.id)).limit(1))[0]?.active
		).toBe(false);
		expect(await db().select().from(mailOutbox).where(eq(mailOutbox.to, worker.email))).toEqual([]);
	});
});
