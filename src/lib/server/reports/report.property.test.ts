import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { ReportFilters } from '$lib/reports/filters';
import {
	CHANGE_CATEGORIES,
	LEGAL_STATUSES,
	MEETING_TYPES,
	OUTCOME_DECISIONS,
	STATEMENT_KINDS
} from '$lib/vocabulary';
import { recoveredFigures, statisticsBesideWithheldCounts } from '$tests/fixtures/disclosure-audit';
import { zerosBesideWholeGroups } from '$tests/fixtures/zeros-audit';
import { createStaff, createTeam, createYoungPerson } from '$tests/fixtures';
import {
	addMeeting,
	addReportStatement,
	allocateInTurn,
	createYoungPersonUser
} from '$tests/fixtures/reports';
import { buildReport, type Report } from './report';
import type { ReportTable } from './table';

const NOW = new Date('2025-04-15T12:00:00Z');
const day = (d: number) => new Date(Date.UTC(2025, 0, 1) + d * 86_400_000 + 36_000_000);
let worker: string;
beforeAll(async () => {
	worker = (await createStaff(['worker'])).id;
});

const statement = fc.record({
	kind: fc.constantFrom(...STATEMENT_KINDS),
	category: fc.constantFrom(...CHANGE_CATEGORIES),
	decision: fc.option(fc.constantFrom(...OUTCOME_DECISIONS)),
	day: fc.integer({ min: -30, max: 95 }),
	readAfter: fc.option(fc.integer({ min: 1, max: 5000 })),
	repliedAfter: fc.option(fc.integer({ min: 1, max: 5000 })),
	urgent: fc.boolean(),
	rating: fc.option(fc.integer({ min: 1, max: 5 }))
});
const person = fc.record({
	team: fc.nat(2),
	age: fc.integer({ min: 9, max: 19 }),
	legal: fc.constantFrom(...LEGAL_STATUSES.slice(0, 3)),
	account: fc.boolean(),
	archived: fc.boolean(),
	workers: fc.integer({ min: 1, max: 3 }),
	statements: fc.array(statement, { maxLength: 5 }),
	meetings: fc.array(
		fc.record({
			type: fc.constantFrom(...MEETING_TYPES.slice(0, 2)),
			day: fc.nat(85),
			viewsBefore: fc.boolean()
		}),
		{ maxLength: 2 }
	)
});
const dataSet = fc.record({
	people: fc.array(person, { minLength: 1, maxLength: 24 }),
	teamsChosen: fc.integer({ min: 1, max: 7 }),
	legal: fc.option(fc.constantFrom(...LEGAL_STATUSES.slice(0, 3)))
});
type DataSet = typeof dataSet extends fc.Arbitrary<infer T> ? T : never;

/** Writes a generated organisation of three new teams and reports on the chosen ones. */
async function reportOn(data: DataSet): Promise<Report> {
	const teams = [await createTeam(), await createTeam(), await createTeam()];
	for (const p of data.people) {
		const yp = await createYoungPerson({
			teamId: teams[p.team]!,
			dateOfBirth: `${2025 - p.age}-02-01`,
			legalStatus: p.legal,
			userId: p.account ? await createYoungPersonUser() : null,
			archivedAt: p.archived ? day(-10) : null
		});
		await allocateInTurn(yp, worker, [day(-400), day(-100), day(20)].slice(0, p.workers));
		// Only a young person with an account can send anything.
		for (const s of p.account ? p.statements : []) {
			const outcome =
				s.kind === 'make_a_change' && s.decision
					? { decision: s.decision, afterDays: 3, by: worker }
					: undefined;
			await addReportStatement(yp, {
				kind: s.kind,
				changeCategory: s.kind === 'make_a_change' ? s.category : undefined,
				sentAt: day(s.day),
				outcome,
				urgent: s.urgent && s.kind === 'worried',
				readAfterMinutes: s.readAfter ?? undefined,
				repliedAfterMinutes:
					s.readAfter && s.repliedAfter ? s.readAfter + s.repliedAfter : undefined,
				listenedRating: s.rating ?? undefined,
				answers: s.kind === 'feelings' ? { safe: 3, healthy: 4 } : {}
			});
		}
		for (const m of p.meetings) {
			const meeting = await addMeeting(yp, m.type, day(m.day));
			if (p.account)
				await addReportStatement(yp, {
					kind: 'before_meeting',
					meetingId: meeting,
					sentAt: day(m.viewsBefore ? m.day - 2 : m.day + 1)
				});
		}
	}
	const chosen = teams.filter((_, i) => data.teamsChosen & (1 << i));
	return await buildReport(
		ReportFilters.parse({
			period: 'quarter',
			quarter: '2025-Q1',
			team: chosen,
			legalStatus: data.legal ?? undefined
		}),
		NOW
	);
}

/** Figures a reader knows to be the same, whichever table shows them. */
function sameFigure(table: ReportTable, rowKey: string, column: number): string | null {
	const family = table.id.replace(/_by_.*$/, '');
	const label = table.columns[column]!.label;
	// A group's allocated young people are counted again, whole, by its worker-changes row.
	const by = /_by_(.*)$/.exec(table.id)?.[1];
	if (by && rowKey !== 'total' && family === 'reach' && column === 0)
		return `allocated ${by} ${rowKey}`;
	if (by && rowKey !== 'total' && family === 'worker_changes' && label === 'All')
		return `allocated ${by} ${rowKey}`;
	if (table.id === 'worker_changes') return rowKey === 'total' ? 'allocated' : `changes ${rowKey}`;
	if (table.id === 'themes_by_category')
		return rowKey === 'total' ? 'requests All' : `category ${rowKey}`;
	if (table.id === 'statements_by_kind' && rowKey === 'make_a_change') return 'requests All';
	if (table.id === 'requests_by_category' && label === 'All' && rowKey !== 'total')
		return `category ${rowKey}`;
	if (rowKey !== 'total') return null;
	if (family === 'worker_changes') return label === 'All' ? 'allocated' : `changes ${column}`;
	if (family === 'reach' && column === 0) return 'allocated';
	return `${family} ${family === 'statements' ? '' : label}`;
}

const NESTED: Record<string, [number, number][]> = {
	reach: [
		[1, 0],
		[2, 0],
		[2, 1]
	],
	meetings: [[1, 0]],
	responsiveness: [[3, 0]]
};

function leaks(report: Report): string[] {
	const tables = report.sections.flatMap((s) => s.tables);
	const shown = new Map<string, number>();
	for (const t of tables)
		for (const r of t.rows)
			r.cells.forEach((c, j) => {
				const same = t.columns[j]!.unit === 'count' ? sameFigure(t, r.key, j) : null;
				if (same && !c.suppressed && c.value !== null) shown.set(same, c.value);
			});
	return tables.flatMap((t) => [
		...recoveredFigures(t, {
			threshold: report.threshold,
			nested: NESTED[t.id.replace(/_by_.*$/, '')],
			shownElsewhere: (row, j) => shown.get(sameFigure(t, row, j) ?? '')
		}),
		...statisticsBesideWithheldCounts(t),
		...zerosBesideWholeGroups(t, {
			columns: ANSWERS_DOWN.test(t.id),
			nested: NESTED[t.id.replace(/_by_.*$/, '')]
		})
	]);
}

/** Tables whose rows are the answers (bands, kinds, ratings), so each column is everyone's. */
const ANSWERS_DOWN =
	/^(worker_changes|statements_by_kind|themes_by_category|listened_ratings|lundy_listened|lundy_voice_by_mode|meetings_by_type|statements_by_language|acknowledge)$/;

describe('a whole report from generated records', () => {
	// Forty organisations written and reported on: about 13 s alone, and over the suite's 20 s
	// while the other test files run beside it on a small machine.
	it('never lets a withheld figure be worked out from the figures shown anywhere in it', async () => {
		await fc.assert(
			fc.asyncProperty(dataSet, async (data) => {
				expect(leaks(await reportOn(data))).toEqual([]);
			}),
			{ numRuns: 40 }
		);
	}, 90_000);
});
