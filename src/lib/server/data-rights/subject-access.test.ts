import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { transaction } from '../db';
import { theRow } from '../db/rows';
import { chosenQuotes, complaintUpdates, complaints, replies, statements } from '../db/schema';
import { createSession } from '../auth/session';
import { saveDraft } from '../statements/mutations';
import { addStatement, allocate, createStaff } from '$tests/fixtures';
import { activatedYoungPerson } from '$tests/fixtures/accounts';
import { exportSubjectAccess } from './subject-access';

describe('subject access export', () => {
	it('holds the words, the replies and the audit trail, and is itself audited', async () => {
		const admin = await createStaff(['admin']);
		const worker = await createStaff(['worker'], { firstName: 'Sam' });
		const person = await activatedYoungPerson();
		await allocate(person.id, worker.id);
		const statementId = await addStatement(person.id, { kind: 'good_news' });
		await transaction(async (tx) => {
			await tx
				.update(statements)
				.set({ answers: { what: 'I got a part in the school play' } })
				.where(eq(statements.id, statementId));
			await tx
				.insert(replies)
				.values({ statementId, authorId: worker.id, body: 'That is brilliant news' });

			const complaint = theRow(
				await tx
					.insert(complaints)
					.values({
						youngPersonId: person.id,
						kind: 'complaint',
						message: 'My worker never calls back',
						sentTo: 'Complaints',
						replyBy: new Date()
					})
					.returning()
			);
			await tx.insert(complaintUpdates).values({
				complaintId: complaint.id,
				status: 'in_touch',
				note: 'We will call you on Friday',
				byUserId: worker.id,
				at: new Date()
			});
		});

		const sar = (await exportSubjectAccess(admin, person.id, 'json'))!;

		expect(sar.profile.preferredName).toBe('Robin');
		expect(sar.allocations[0]).toMatchObject({ current: true });
		const said = sar.statements.find((s) => s.id === statementId)!;
		expect(said.answers.map((a) => a.answer)).toContain('I got a part in the school play');
		expect(said.replies[0]).toMatchObject({
			from: 'Sam',
			body: 'That is brilliant news',
			fromYoungPerson: false
		});
		expect(sar.auditEvents.map((e) => e.action)).toEqual(
			expect.arrayContaining(['account_activated', 'subject_access_exported'])
		);
		// A complaint is theirs too, with what the complaints team told them.
		expect(sar.complaints).toEqual([
			expect.objectContaining({
				kind: 'complaint',
				message: 'My worker never calls back',
				updates: [
					expect.objectContaining({ status: 'in_touch', note: 'We will call you on Friday' })
				]
			})
		]);
		expect(await exportSubjectAccess(admin, 'no-such-person', 'json')).toBeNull();
	});

	it("holds how listened to they felt, a lead's quotes of them, what they have not sent, and where they are signed in", async () => {
		const admin = await createStaff(['admin']);
		const lead = await createStaff(['participation_lead'], { firstName: 'Priya' });
		const person = await activatedYoungPerson();
		const statementId = await addStatement(person.id, { kind: 'good_news' });
		await transaction(async (tx) => {
			await tx
				.update(statements)
				.set({ answers: { what: 'I passed my swimming badge' }, listenedRating: 4 })
				.where(eq(statements.id, statementId));
			await tx
				.insert(chosenQuotes)
				.values({ statementId, quote: 'I passed my badge.', chosenBy: lead.id });
		});
		await saveDraft(person.id, 'make_a_change', { what: 'More time on the laptop' });
		await createSession(
			'a-token-of-the-test',
			person.userId,
			new Date(),
			'Mozilla/5.0 (Linux; Android 14) Chrome/130.0 Mobile Safari/537.36'
		);

		const sar = (await exportSubjectAccess(admin, person.id, 'json'))!;

		expect(sar.statements.find((s) => s.id === statementId)?.listenedRating).toBe(4);
		expect(sar.quotes).toEqual([
			expect.objectContaining({
				statementId,
				quote: 'I passed my badge.',
				chosenBy: 'Priya Example'
			})
		]);
		expect(sar.drafts).toEqual([
			expect.objectContaining({
				kind: 'make_a_change',
				answers: [expect.objectContaining({ answer: 'More time on the laptop' })]
			})
		]);
		expect(sar.signedIn).toEqual(
			expect.arrayContaining([expect.objectContaining({ deviceKind: 'phone' })])
		);
	});
});
