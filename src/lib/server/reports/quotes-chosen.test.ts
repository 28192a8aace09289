import type { LegalStatus } from '$lib/vocabulary';
import { beforeAll, describe, expect, it } from 'vitest';
import { createStaff, createTeam, createYoungPerson } from '$tests/fixtures';
import { addReportStatement } from '$tests/fixtures/reports';
import { chooseQuote } from './mutations';
import { loadReport } from './page-data';
import { listQuoteCandidates } from './queries';

// Quotes from four young people in the first quarter of 2025, whose last day is 31 March.
const NOW = new Date('2025-04-15T12:00:00Z');
const WHEN = new Date('2025-02-01T10:00:00Z');
let north: string;
let south: string;

/** The quotes a lead's report for these choices shows, as its page, CSV, print and children's version get them. */
const quotesFor = async (query: string) =>
	(
		await loadReport(new URL(`http://heard.test/lead?period=quarter&quarter=2025-Q1&${query}`), NOW)
	).quotes
		.map((q) => q.quote)
		.sort();

async function quoteFrom(
	teamId: string,
	dateOfBirth: string,
	words: string,
	legalStatus: LegalStatus = 'foster'
) {
	const lead = (await createStaff(['participation_lead'])).id;
	const yp = await createYoungPerson({ teamId, dateOfBirth, legalStatus });
	const statement = await addReportStatement(yp, {
		kind: 'make_a_change',
		sentAt: WHEN,
		consentToShare: true,
		answers: { what: words }
	});
	expect(await chooseQuote(lead, statement, words)).toBe('chosen');
}

beforeAll(async () => {
	north = await createTeam('North');
	south = await createTeam('Throughcare');
	// Twelve on the quarter's last day, and a day short of it.
	await quoteFrom(north, '2013-03-31', 'North, just twelve.');
	await quoteFrom(north, '2013-04-01', 'North, eleven.');
	await quoteFrom(south, '2008-06-01', 'Throughcare, sixteen.', 'aftercare');
	await quoteFrom(south, '2007-03-31', 'Throughcare, eighteen.', 'aftercare');
	// Words a young person agreed could be used, not chosen yet: one from each team.
	for (const [teamId, words] of [
		[north, 'North, not chosen yet.'],
		[south, 'Throughcare, not chosen yet.']
	] as const)
		await addReportStatement(await createYoungPerson({ teamId, dateOfBirth: '2010-05-05' }), {
			kind: 'good_news',
			sentAt: WHEN,
			consentToShare: true,
			answers: { what: words }
		});
});

describe('the quotes of a report for chosen groups', () => {
	it('are every quote in a report for everyone', async () => {
		expect(await quotesFor('')).toHaveLength(4);
	});

	it('are only the chosen team’s, never another team’s', async () => {
		expect(await quotesFor(`team=${north}`)).toEqual(['North, eleven.', 'North, just twelve.']);
		expect(await quotesFor(`team=${south}`)).toEqual([
			'Throughcare, eighteen.',
			'Throughcare, sixteen.'
		]);
		expect(await quotesFor(`team=${north}&team=${south}`)).toHaveLength(4);
	});

	it('are only those of the chosen age band on the period’s last day', async () => {
		expect(await quotesFor('ageBand=under_12')).toEqual(['North, eleven.']);
		expect(await quotesFor('ageBand=12_15')).toEqual(['North, just twelve.']);
		expect(await quotesFor('ageBand=16_17')).toEqual(['Throughcare, sixteen.']);
		expect(await quotesFor('ageBand=18_plus')).toEqual(['Throughcare, eighteen.']);
		expect(await quotesFor(`ageBand=12_15&team=${south}`)).toEqual([]);
	});

	it('are only those of the chosen legal status', async () => {
		expect(await quotesFor('legalStatus=aftercare')).toEqual([
			'Throughcare, eighteen.',
			'Throughcare, sixteen.'
		]);
	});
});

describe('the words a lead may choose from for chosen groups', () => {
	const [from, to] = [new Date('2025-01-01T00:00:00Z'), new Date('2025-04-01T00:00:00Z')];
	const wordsFor = async (chosen: Record<string, string[]>) =>
		(await listQuoteCandidates(from, to, { chosen })).map((c) => c.words).sort();

	it('are every team’s for everyone, and only the chosen team’s for a team', async () => {
		expect(await wordsFor({})).toEqual(['North, not chosen yet.', 'Throughcare, not chosen yet.']);
		expect(await wordsFor({ team: [north] })).toEqual(['North, not chosen yet.']);
		expect(await wordsFor({ team: [south] })).toEqual(['Throughcare, not chosen yet.']);
		expect(await wordsFor({ age_band: ['18_plus'] })).toEqual([]);
	});
});
