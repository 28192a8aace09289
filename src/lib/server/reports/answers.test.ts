import { beforeAll, describe, expect, it } from 'vitest';
import { ReportFilters } from '$lib/reports/filters';
import { TEMPLATES, type Template } from '$lib/templates';
import { createStaff, createTeam, createYoungPerson } from '$tests/fixtures';
import { addReportStatement, allocateInTurn } from '$tests/fixtures/reports';
import { listQuoteCandidates } from './queries';
import { buildReport, findTable } from './report';

// Five young people said how they feel in the first quarter of 2025: safe 5, healthy 1 each.
const NOW = new Date('2025-04-15T12:00:00Z');
const Q1 = ReportFilters.parse({ period: 'quarter', quarter: '2025-Q1', team: [] });
const FROM = new Date('2025-01-01T00:00:00Z');
const TO = new Date('2025-04-01T00:00:00Z');

/** The templates as they are, but with one template's map changed. */
function withMap(templateId: string, answersFor: Template['answersFor']): Template[] {
	return TEMPLATES.map((t) => (t.id === templateId ? { ...t, answersFor } : t));
}

async function averageFor(area: string, templates?: readonly Template[]) {
	const table = findTable(await buildReport(Q1, NOW, templates), 'wellbeing');
	return table?.rows.find((r) => r.key === area)?.cells.map((c) => c.value);
}

beforeAll(async () => {
	const team = await createTeam('North');
	const worker = await createStaff(['worker']);
	for (let i = 0; i < 5; i++) {
		const yp = await createYoungPerson({ teamId: team, dateOfBirth: '2012-01-01' });
		await allocateInTurn(yp, worker.id, [new Date('2024-01-01')]);
		await addReportStatement(yp, {
			kind: 'feelings',
			sentAt: new Date(`2025-02-0${i + 1}T10:00:00Z`),
			answers: {
				safe: 5,
				healthy: 1,
				achieving: 3,
				nurtured: 3,
				active: 3,
				respected: 3,
				responsible: 3,
				included: 3
			}
		});
	}
	await addReportStatement(await createYoungPerson({ teamId: team }), {
		kind: 'good_news',
		sentAt: new Date('2025-03-01T10:00:00Z'),
		consentToShare: true,
		answers: { what: 'I passed my test', what_helped: 'My carer drove me to lessons' }
	});
});

describe("a report reads answers through the templates' own maps", () => {
	it('averages each wellbeing area from the question its template names for it', async () => {
		expect(await averageFor('safe')).toEqual([5, 5]);
		const feelings = TEMPLATES.find((t) => t.id === 'feelings')!.answersFor.wellbeing!;
		const moved = withMap('feelings', { wellbeing: { ...feelings, safe: 'healthy' } });
		expect(await averageFor('safe', moved)).toEqual([5, 1]);
	});

	it('offers as a quote the answer its template names for one', async () => {
		expect((await listQuoteCandidates(FROM, TO)).map((c) => c.words)).toEqual(['I passed my test']);
		const moved = withMap('good_news', { quote: ['what_helped'] });
		expect((await listQuoteCandidates(FROM, TO, { templates: moved })).map((c) => c.words)).toEqual(
			['My carer drove me to lessons']
		);
		expect(await listQuoteCandidates(FROM, TO, { templates: withMap('good_news', {}) })).toEqual(
			[]
		);
	});
});
