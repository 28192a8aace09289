import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { activateAccount } from '../auth/activation';
import { db } from '../db';
import { activationCodes, auditEvents, mailOutbox } from '../db/schema';
import {
	addStatement,
	addToTeam,
	allocate,
	createStaff,
	createTeam,
	createYoungPerson
} from '$tests/fixtures';
import { askWorkerForNewCode, makeSignInCodeToHandOver } from './sign-in-codes';

let n = 0;
const PASSWORD = 'a good long password';

describe('the first letter', () => {
	it('is made by the worker, words said with them before or not, and audited as theirs naming the young person', async () => {
		const worker = await createStaff(['worker']);
		const id = await createYoungPerson({ teamId: await createTeam() });
		await allocate(id, worker.id);
		await addStatement(id, { kind: 'feelings' });
		const made = await makeSignInCodeToHandOver(worker, id);
		expect(made).toMatchObject({ replacesSignIn: false });
		const [event] = await db()
			.select()
			.from(auditEvents)
			.where(
				and(eq(auditEvents.action, 'activation_code_issued'), eq(auditEvents.youngPersonId, id))
			);
		expect(event).toMatchObject({
			actorId: worker.id,
			subjectId: id,
			detail: { via: 'worker', replacesSignIn: false }
		});
		expect(
			(await activateAccount({ code: made!.code, username: `wren${++n}`, password: PASSWORD })).ok
		).toBe(true);
	});

	it('is never made by an administrator, who sees nobody’s words', async () => {
		const admin = await createStaff(['admin']);
		const id = await createYoungPerson({ teamId: await createTeam() });
		expect(await makeSignInCodeToHandOver(admin, id)).toBeNull();
		expect(
			await db().select().from(activationCodes).where(eq(activationCodes.youngPersonId, id))
		).toEqual([]);
	});
});

describe('a new code from the worker', () => {
	it('is asked for by the administrator: the worker is emailed a link, without a name, and it is audited', async () => {
		const admin = await createStaff(['admin']);
		const worker = await createStaff(['worker'], { firstName: 'Sam' });
		const id = await createYoungPerson({ teamId: await createTeam(), preferredName: 'Wren' });
		await allocate(id, worker.id);

		expect(await askWorkerForNewCode(admin, id)).toEqual({ ok: true, told: ['Sam'] });

		const [mail] = await db().select().from(mailOutbox).where(eq(mailOutbox.to, worker.email));
		expect(mail!.body).toContain(`/worker/young-people/${id}/sign-in-code`);
		expect(mail!.body).not.toContain('Wren');
		const [event] = await db()
			.select()
			.from(auditEvents)
			.where(eq(auditEvents.action, 'sign_in_code_requested'));
		expect(event).toMatchObject({
			actorId: admin.id,
			youngPersonId: id,
			detail: { told: [worker.id] }
		});
	});

	it('goes to the team’s managers when nobody is allocated, and to nobody when there are none', async () => {
		const admin = await createStaff(['admin']);
		const manager = await createStaff(['manager'], { firstName: 'Fiona' });
		const teamId = await createTeam();
		const id = await createYoungPerson({ teamId });
		expect(await askWorkerForNewCode(admin, id)).toEqual({ ok: false, reason: 'nobody' });
		await addToTeam(teamId, manager.id, 'manager');
		expect(await askWorkerForNewCode(admin, id)).toEqual({ ok: true, told: ['Fiona'] });
	});

	it('is made only by staff who may already see the young person', async () => {
		const [mine, other] = [await createStaff(['worker']), await createStaff(['worker'])];
		const id = await createYoungPerson({ teamId: await createTeam() });
		await allocate(id, mine.id);
		expect(await makeSignInCodeToHandOver(other, id)).toBeNull();
		const made = await makeSignInCodeToHandOver(mine, id);
		expect(made).toMatchObject({ replacesSignIn: false });
		expect(
			(await activateAccount({ code: made!.code, username: `wren${++n}`, password: PASSWORD })).ok
		).toBe(true);
		expect(await makeSignInCodeToHandOver(mine, id)).toMatchObject({ replacesSignIn: true });
	});
});

describe('asking for a new code twice', () => {
	async function allocatedToWorker() {
		const admin = await createStaff(['admin']);
		const worker = await createStaff(['worker']);
		const id = await createYoungPerson({ teamId: await createTeam() });
		await allocate(id, worker.id);
		const mailed = async () =>
			(await db().select().from(mailOutbox).where(eq(mailOutbox.to, worker.email))).length;
		const asked = async () =>
			(
				await db()
					.select()
					.from(auditEvents)
					.where(
						and(eq(auditEvents.action, 'sign_in_code_requested'), eq(auditEvents.subjectId, id))
					)
			).length;
		return { admin, id, mailed, asked };
	}

	it('with the same form’s key emails the worker once', async () => {
		const { admin, id, mailed, asked } = await allocatedToWorker();
		expect(await askWorkerForNewCode(admin, id, 'letterkeyonce01')).toEqual({
			ok: true,
			told: ['Sam']
		});
		expect(await askWorkerForNewCode(admin, id, 'letterkeyonce01')).toEqual({
			ok: true,
			told: ['Sam']
		});
		expect(await mailed()).toBe(1);
		expect(await asked()).toBe(1);
	});

	it('with another key, or none (a page from before the key), emails them again', async () => {
		const { admin, id, mailed, asked } = await allocatedToWorker();
		await askWorkerForNewCode(admin, id, 'letterkeyfirst1');
		await askWorkerForNewCode(admin, id, 'letterkeyother1');
		await askWorkerForNewCode(admin, id);
		await askWorkerForNewCode(admin, id);
		expect(await mailed()).toBe(4);
		expect(await asked()).toBe(4);
	});
});
