import { beforeAll, describe, expect, it } from 'vitest';
import { ReportFilters } from '$lib/reports/filters';
import { TEMPLATES } from '$lib/templates';
import { createStaff, createTeam, createYoungPerson } from '$tests/fixtures';
import { allocateInTurn } from '$tests/fixtures/reports';
import { countAllocatedPeople } from './figures-people';
import { readGroups } from './groups';
import { prepareReportTables } from './scratch-rows';
import { withReportSession } from './session';
import { dropReportTables, queryParams } from './sql';

// On both engines (the PostgreSQL suite runs this file too): each counts worker changes its own way.
const NOW = new Date('2026-01-15T12:00:00Z');
const YEAR = ReportFilters.parse({ period: 'year', year: '2025' });
const at = (day: string) => new Date(`${day}T09:00:00Z`);

beforeAll(async () => {
	const team = await createTeam('North');
	const worker = await createStaff(['worker']);
	const inTurn = async (...days: string[]) =>
		await allocateInTurn(await createYoungPerson({ teamId: team }), worker.id, days.map(at));
	// The same worker since before the year: no change.
	await inTurn('2023-02-01');
	// Two new workers in the year.
	await inTurn('2023-06-01', '2025-03-01', '2025-08-01');
	// Allocated for the first time in the year, then four changes: the first is no change, and
	// four count as three.
	await inTurn('2025-02-01', '2025-05-01', '2025-07-01', '2025-09-01', '2025-10-01');
	// Allocated for the first time in the year, and never changed.
	await inTurn('2025-04-01');
	// Changes, but all before the 12 months to the year's end.
	await inTurn('2023-01-01', '2024-06-01');
});

describe('worker changes in the 12 months to the end of the period', () => {
	it("count every allocation that began in them but a young person's first ever, three or more as three", async () => {
		const changes = await withReportSession(async (session) => {
			const p = queryParams(YEAR, NOW);
			await prepareReportTables(session, p, TEMPLATES);
			try {
				return (await countAllocatedPeople(session, p, await readGroups(session))).changes;
			} finally {
				await dropReportTables(session);
			}
		});
		const people = Object.fromEntries(
			changes.filter((row) => row.dim === 'all').map((row) => [row.changes, row.people])
		);
		expect(people).toEqual({ 0: 3, 2: 1, 3: 1 });
	});
});
