import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '../db';
import { auditEvents, chosenQuotes } from '../db/schema';
import { createStaff, createTeam, createYoungPerson } from '$tests/fixtures';
import { addReportStatement } from '$tests/fixtures/reports';
import {
	chooseQuote,
	createYouSaidWeDid,
	removeQuote,
	setYouSaidWeDidPublished,
	updateYouSaidWeDid
} from './mutations';
import {
	findYouSaidWeDid,
	listChosenQuotes,
	listPublishedYouSaidWeDid,
	listQuoteCandidates
} from './queries';

let lead: string;
let consented: string;
let notConsented: string;
const WHEN = new Date('2025-02-01T10:00:00Z');
const Q1 = [new Date('2025-01-01T00:00:00Z'), new Date('2025-04-01T00:00:00Z')] as const;
const actions = async () =>
	await db()
		.select({ action: auditEvents.action, youngPersonId: auditEvents.youngPersonId })
		.from(auditEvents);

beforeAll(async () => {
	lead = (await createStaff(['participation_lead'])).id;
	const yp = await createYoungPerson({ teamId: await createTeam(), preferredName: 'Robin' });
	consented = await addReportStatement(yp, {
		kind: 'make_a_change',
		sentAt: WHEN,
		consentToShare: true,
		answers: { what: 'More time with my sister, Robin here.' }
	});
	notConsented = await addReportStatement(yp, {
		kind: 'good_news',
		sentAt: WHEN,
		answers: { what: 'Private words.' }
	});
});

describe('You said, we did', () => {
	it('is created unpublished, edited, published and unpublished, each with an audit event', async () => {
		const id = await createYouSaidWeDid(lead, {
			youSaid: 'Meetings are too long.',
			weDid: 'We will try shorter ones.',
			status: 'planned'
		});
		expect((await findYouSaidWeDid(id))?.publishedAt).toBeNull();
		expect((await listPublishedYouSaidWeDid()).map((e) => e.id)).not.toContain(id);

		expect(
			await updateYouSaidWeDid(lead, id, {
				youSaid: 'Meetings are too long.',
				weDid: 'Reviews now last an hour at most.',
				status: 'done'
			})
		).toBe(true);
		expect(await setYouSaidWeDidPublished(lead, id, true)).toBe(true);
		expect(await listPublishedYouSaidWeDid()).toContainEqual({
			id,
			youSaid: 'Meetings are too long.',
			weDid: 'Reviews now last an hour at most.',
			status: 'done'
		});
		expect(await setYouSaidWeDidPublished(lead, id, false)).toBe(true);
		expect((await listPublishedYouSaidWeDid()).map((e) => e.id)).not.toContain(id);

		expect((await actions()).map((a) => a.action)).toEqual(
			expect.arrayContaining([
				'you_said_we_did_created',
				'you_said_we_did_updated',
				'you_said_we_did_published',
				'you_said_we_did_unpublished'
			])
		);
	});

	it('reports a missing entry instead of writing an audit event for nothing', async () => {
		const before = (await actions()).length;
		expect(
			await updateYouSaidWeDid(lead, 'no-such-id', { youSaid: 'a', weDid: 'b', status: 'planned' })
		).toBe(false);
		expect(await setYouSaidWeDidPublished(lead, 'no-such-id', true)).toBe(false);
		expect((await actions()).length).toBe(before);
	});
});

describe('chosen quotes', () => {
	it('offers only consented words, without the young person’s name', async () => {
		const candidates = await listQuoteCandidates(...Q1);
		expect(candidates.map((c) => c.id)).toEqual([consented]);
		expect(Object.keys(candidates[0]!)).toEqual(['id', 'kind', 'month', 'words']);
	});

	it('keeps the lead’s edited words for a consented statement, and audits without linking to the child', async () => {
		expect(await chooseQuote(lead, consented, 'More time with my sister.')).toBe('chosen');
		expect((await listChosenQuotes(...Q1)).map((q) => q.quote)).toEqual([
			'More time with my sister.'
		]);
		expect(await listQuoteCandidates(...Q1)).toEqual([]);
		const audit = (await actions()).find((a) => a.action === 'quote_chosen');
		expect(audit?.youngPersonId).toBeNull();
	});

	it('refuses a statement without consent to share', async () => {
		expect(await chooseQuote(lead, notConsented, 'Private words.')).toBe('not_allowed');
		expect(
			await db().select().from(chosenQuotes).where(eq(chosenQuotes.statementId, notConsented))
		).toEqual([]);
	});

	it('removes a quote', async () => {
		const [quote] = await listChosenQuotes(...Q1);
		expect(await removeQuote(lead, quote!.id)).toBe(true);
		expect(await listChosenQuotes(...Q1)).toEqual([]);
		expect(await removeQuote(lead, quote!.id)).toBe(false);
	});
});
