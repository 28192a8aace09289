import { fail } from '@sveltejs/kit';
import { eq } from 'drizzle-orm';
import { requireRole } from '$lib/http/require-role';
import { confirmSecondStep, hasSecondStep } from '$lib/server/auth/second-step';
import { secondStepSetUp } from '$lib/server/auth/second-step-qr';
import { db } from '$lib/server/db';
import { users } from '$lib/server/db/schema';

const STAFF = ['worker', 'manager', 'participation_lead', 'admin'] as const;

export const load = async ({ locals, url }) => {
	const user = requireRole(locals.user, ...STAFF);
	if (await hasSecondStep(user.id)) return { on: true, setUp: null };
	const email = (
		await db().select({ email: users.email }).from(users).where(eq(users.id, user.id)).limit(1)
	)[0];
	return { on: false, setUp: await secondStepSetUp(user.id, email?.email ?? '', url) };
};

export const actions = {
	setUp: async ({ locals, request }) => {
		const user = requireRole(locals.user, ...STAFF);
		const code = String((await request.formData()).get('code') ?? '').slice(0, 40);
		const codes = await confirmSecondStep(user.id, code);
		if (!codes) return fail(400, { error: 'wrong_code' as const });
		return { recoveryCodes: codes };
	}
};
