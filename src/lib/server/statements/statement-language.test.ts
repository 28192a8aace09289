import { eq } from 'drizzle-orm';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { allocate, createStaff, createTeam, createYoungPerson } from '$tests/fixtures';
import { getLocale, overwriteGetLocale } from '$lib/paraglide/runtime.js';
import { currentTemplate } from '$lib/templates';
import { db } from '../db';
import { youngPeople } from '../db/schema';
import { caseRecordText } from '../casefile/text';
import { describeYoungPerson } from '../young-people/queries';
import { readStatement } from './reader';
import { newId } from '../ids';
import { sendStatementForm } from './send-form';

const requestLocale = getLocale;
afterEach(() => overwriteGetLocale(requestLocale));

let person: ReturnType<typeof describeYoungPerson>;
beforeAll(async () => {
	const team = createTeam();
	const worker = await createStaff(['worker']);
	const id = createYoungPerson({ teamId: team, preferredName: 'Oksana' });
	allocate(id, worker.id);
	person = describeYoungPerson(
		db().select().from(youngPeople).where(eq(youngPeople.id, id)).get()!
	);
});

const file = { preferredName: 'Oksana', caseReference: 'GB-TEST-1' };

/** Sends the views before a meeting from a page in `locale`, as the form posts them. */
function sendViews(locale: 'pl' | 'en', answers: Record<string, string>) {
	overwriteGetLocale(() => locale);
	const sent = sendStatementForm({
		form: {
			meeting: 'other',
			meeting_other_type: 'looked_after_review',
			want_to_happen: 'Chcę zostać w mojej szkole.',
			idempotencyKey: newId(),
			...answers
		},
		template: currentTemplate('before_meeting'),
		person,
		actorId: person.id,
		simple: false,
		language: locale
	});
	overwriteGetLocale(requestLocale);
	if (!sent.sent) throw new Error(JSON.stringify(sent));
	return readStatement({ youngPerson: person.id }, sent.id)!;
}

describe('a statement keeps the language it was written in', () => {
	it('is the language of the page it was sent from, and staff are told it', () => {
		const s = sendViews('pl', {});
		expect(s.statement.language).toBe('pl');
		const text = caseRecordText(file, [s], 'Sam', new Date('2026-03-02T10:00:00Z'));
		expect(text).toContain('Language: Written in Polish');
		// The young person's words come through as they wrote them.
		expect(text).toContain('Chcę zostać w mojej szkole.');
	});

	it('says nothing of English, the language most are written in', () => {
		const s = sendViews('en', {});
		expect(s.statement.language).toBe('en');
		expect(caseRecordText(file, [s], 'Sam', new Date())).not.toContain('Written in');
	});
});
