import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '../db';
import { auditEvents, chosenQuotes, youSaidWeDid } from '../db/schema';
import { createStaff, createTeam, createYoungPerson } from '$tests/fixtures';
import { addReportStatement } from '$tests/fixtures/reports';
import { chooseQuote, createYouSaidWeDid } from './mutations';

const events = async (action: 'quote_chosen' | 'you_said_we_did_created', actorId: string) =>
	await db()
		.select()
		.from(auditEvents)
		.where(and(eq(auditEvents.action, action), eq(auditEvents.actorId, actorId)));

describe('a chosen quote sent twice', () => {
	it('in the same words for the same statement is kept once; other words are another quote', async () => {
		const lead = (await createStaff(['participation_lead'])).id;
		const statementId = await addReportStatement(
			await createYoungPerson({ teamId: await createTeam() }),
			{
				kind: 'make_a_change',
				sentAt: new Date('2025-02-01T10:00:00Z'),
				consentToShare: true,
				answers: { what: 'More time with my sister.' }
			}
		);
		const kept = async () =>
			await db().select().from(chosenQuotes).where(eq(chosenQuotes.statementId, statementId));
		expect(await chooseQuote(lead, statementId, 'More time with my sister.')).toBe('chosen');
		expect(await chooseQuote(lead, statementId, 'More time with my sister.')).toBe('chosen');
		expect(await kept()).toHaveLength(1);
		expect(await events('quote_chosen', lead)).toHaveLength(1);
		expect(await chooseQuote(lead, statementId, 'More time with family.')).toBe('chosen');
		expect(await kept()).toHaveLength(2);
	});
});

describe('a "You said, we did" entry sent twice', () => {
	const entry = {
		youSaid: 'Meetings are too long.',
		weDid: 'Shorter ones.',
		status: 'planned' as const
	};
	const entries = async (createdBy: string) =>
		await db().select().from(youSaidWeDid).where(eq(youSaidWeDid.createdBy, createdBy));

	it('with the same form’s key is made once, and gives back the same entry', async () => {
		const lead = (await createStaff(['participation_lead'])).id;
		const first = await createYouSaidWeDid(lead, entry, 'yousaidkeyonce');
		const second = await createYouSaidWeDid(lead, entry, 'yousaidkeyonce');
		expect(second).toBe(first);
		expect(await entries(lead)).toHaveLength(1);
		expect(await events('you_said_we_did_created', lead)).toHaveLength(1);
	});

	it('with another key, or none (a page from before the key), is made again', async () => {
		const lead = (await createStaff(['participation_lead'])).id;
		await createYouSaidWeDid(lead, entry, 'yousaidkeyfirst');
		await createYouSaidWeDid(lead, entry, 'yousaidkeyother');
		await createYouSaidWeDid(lead, entry);
		await createYouSaidWeDid(lead, entry);
		expect(await entries(lead)).toHaveLength(4);
	});
});
