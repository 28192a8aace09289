import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { addToTeam, allocate, createStaff, createTeam, createYoungPerson } from '$tests/fixtures';
import { m } from '$lib/paraglide/messages.js';
import { getLocale, overwriteGetLocale } from '$lib/paraglide/runtime.js';
import { currentTemplate } from '$lib/templates';
import { db, transaction } from '../db';
import { mailOutbox, youngPeople } from '../db/schema';
import { sendStatementForm } from '../say/send-form';
import { describeYoungPerson } from '../young-people/queries';
import { notifyYoungPersonReplied } from './notify';

// The language of the request being answered: a young person's, here Welsh.
const requestLocale = getLocale;
let asked = 0;
function inWelshRequest() {
	asked = 0;
	overwriteGetLocale(() => {
		asked += 1;
		return 'cy';
	});
}
afterEach(() => overwriteGetLocale(requestLocale));

const mailTo = async (email: string) =>
	await db().select().from(mailOutbox).where(eq(mailOutbox.to, email));

describe('staff mail built while a young person’s request is answered', () => {
	it('is in the staff’s language, not taken from the young person’s request', async () => {
		const team = await createTeam();
		const worker = await createStaff(['worker'], { email: 'gwen@heard.example' });
		const manager = await createStaff(['manager'], { email: 'huw@heard.example' });
		await addToTeam(team, manager.id, 'manager');
		const id = await createYoungPerson({ teamId: team, preferredName: 'Cerys' });
		await allocate(id, worker.id);
		const person = await describeYoungPerson(
			(await db().select().from(youngPeople).where(eq(youngPeople.id, id)).limit(1))[0]!
		);

		inWelshRequest();
		const sent = await sendStatementForm({
			form: { what: 'Mae rhywbeth o’i le gartref.', idempotencyKey: 'staff-mail-cy-1' },
			template: currentTemplate('worried'),
			person,
			actorId: person.id,
			simple: false,
			language: 'cy'
		});
		expect(sent.sent).toBe(true);
		if (!sent.sent) return;
		await transaction(async (tx) => await notifyYoungPersonReplied(tx, sent.id, new Date()));
		// Nothing written for staff asked which language the request was in.
		expect(asked).toBe(0);
		overwriteGetLocale(requestLocale);

		const english = { locale: 'en' } as const;
		expect((await mailTo('gwen@heard.example')).map((mail) => mail.subject)).toEqual([
			m.staff_email_urgent_subject({}, english),
			m.staff_email_answered_subject({}, english)
		]);
		expect((await mailTo('huw@heard.example')).map((mail) => mail.subject)).toEqual([
			m.staff_email_urgent_subject({}, english)
		]);
	});
});
