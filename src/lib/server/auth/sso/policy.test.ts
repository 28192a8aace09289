import { desc, eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createStaff } from '$tests/fixtures';
import { db, transaction } from '../../db';
import { theRow } from '../../db/rows';
import { auditEvents, userRoles, users } from '../../db/schema';
import { setSetting } from '../../settings';
import { hashPassword } from '../password';
import { signIn } from '../sign-in';
import { ssoEnvironment } from './config';

const PASSWORD = 'right password 123';
const SET_UP = {
	OIDC_ISSUER: 'https://login.council.example/tenant/v2.0',
	OIDC_CLIENT_ID: 'heard',
	OIDC_CLIENT_SECRET: 'secret'
};
let addresses = 0;
const newAddress = () => `198.51.100.${++addresses}`;
const requireSso = async (on: boolean) =>
	await transaction(async (tx) => await setSetting(tx, 'staffSsoRequired', on));

async function youngPerson(): Promise<string> {
	const username = `robin_${++addresses}`;
	const passwordHash = await hashPassword(PASSWORD);
	return await transaction(async (tx) => {
		const { id } = theRow(
			await tx
				.insert(users)
				.values({ username, passwordHash, displayName: 'Robin', firstName: 'Robin' })
				.returning()
		);
		await tx.insert(userRoles).values({ userId: id, role: 'young_person' });
		return id;
	});
}

describe('password sign-in while staff must use single sign-on', () => {
	beforeEach(() => Object.assign(process.env, SET_UP));
	afterEach(async () => {
		for (const key of Object.keys(SET_UP)) delete process.env[key];
		await requireSso(false);
	});

	it('refuses a worker with the right password, and records why', async () => {
		const worker = await createStaff(['worker', 'manager'], { password: PASSWORD });
		await requireSso(true);
		const address = newAddress();
		expect(await signIn(worker.email, PASSWORD, address)).toEqual({
			ok: false,
			reason: 'sso_required'
		});
		const event = (
			await db()
				.select()
				.from(auditEvents)
				.where(eq(auditEvents.subjectId, worker.id))
				.orderBy(desc(auditEvents.id))
				.limit(1)
		)[0];
		expect(event).toMatchObject({ action: 'sign_in_failed', subjectId: worker.id });
		expect(event?.detail).toMatchObject({ reason: 'sso_required' });
		// A wrong password still gets the same words as anyone's.
		expect(await signIn(worker.email, 'wrong', newAddress())).toMatchObject({
			reason: 'wrong_details'
		});
	});

	it('lets an administrator in by breaking glass, and a young person as always', async () => {
		const admin = await createStaff(['admin'], { password: PASSWORD });
		const child = await youngPerson();
		await requireSso(true);
		expect(await signIn(admin.email, PASSWORD, newAddress())).toEqual({
			ok: true,
			userId: admin.id,
			breakGlass: true
		});
		const [name] = await db().select({ u: users.username }).from(users).where(eq(users.id, child));
		expect(await signIn(name!.u!, PASSWORD, newAddress())).toEqual({ ok: true, userId: child });
	});

	it('has no effect while single sign-on is not set up or switched off, so nobody is shut out', async () => {
		const worker = await createStaff(['worker'], { password: PASSWORD });
		await requireSso(true);
		delete process.env.OIDC_ISSUER;
		expect(await signIn(worker.email, PASSWORD, newAddress())).toEqual({
			ok: true,
			userId: worker.id
		});
		process.env.OIDC_ISSUER = SET_UP.OIDC_ISSUER;
		await transaction(async (tx) => await setSetting(tx, 'ssoEnabled', false));
		expect(await signIn(worker.email, PASSWORD, newAddress())).toEqual({
			ok: true,
			userId: worker.id
		});
		await transaction(async (tx) => await setSetting(tx, 'ssoEnabled', true));
	});
});

describe('ssoEnvironment', () => {
	it('needs all three settings, and an https issuer unless it runs on this machine', () => {
		expect(ssoEnvironment({ ...SET_UP })).toMatchObject({ clientId: 'heard', name: null });
		expect(ssoEnvironment({ ...SET_UP, OIDC_CLIENT_SECRET: '' })).toBeNull();
		expect(ssoEnvironment({ ...SET_UP, OIDC_ISSUER: 'http://login.council.example' })).toBeNull();
		expect(ssoEnvironment({ ...SET_UP, OIDC_ISSUER: 'http://localhost:4452' })).not.toBeNull();
		expect(ssoEnvironment({ ...SET_UP, OIDC_NAME: ' your council account ' })?.name).toBe(
			'your council account'
		);
	});
});
