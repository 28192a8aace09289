import { describe, expect, it } from 'vitest';
import { NOW, Q1, seedKnownQuarter } from '$tests/fixtures/known-quarter';
import { TEMPLATES } from '$lib/templates';
import { onPostgres } from '../db/engine';
import { PIECES, prepareReportTables } from './scratch-rows';
import { withReportSession } from './session';
import { dropReportTables, queryParams, readPeopleInPieces } from './sql';

// On both engines (the PostgreSQL suite runs this file too). A national report writes and reads
// its people in pieces so no statement holds the server long; the pieces must change nothing.
describe("a report's people and groups, written and read in pieces", () => {
	const written = (pieces: typeof PIECES) =>
		withReportSession(async (session) => {
			const p = queryParams(Q1, NOW);
			await prepareReportTables(session, p, TEMPLATES, pieces);
			const groups = await session.all<{ g: number; team_id: string }>(
				'SELECT g, t, team_id, age_band, legal_status, placement_type FROM temp.report_groups ORDER BY g'
			);
			const people = await session.all<{ id: string }>(
				'SELECT id, user_id, team_id, age_band, legal_status, placement_type, g, t FROM temp.report_people ORDER BY id'
			);
			const read: string[][] = [];
			await readPeopleInPieces<string>(
				session,
				(inPiece) => `SELECT y.id FROM temp.report_people y WHERE 1 = 1${inPiece}`,
				p,
				(ids) => read.push(ids),
				pieces.people
			);
			await dropReportTables(session);
			return { groups, people, read };
		});

	it('numbers the groups and places every person the same, whatever the size of a piece', async () => {
		await seedKnownQuarter();
		const whole = await written(PIECES);
		const small = await written({ teams: 1, people: 2 });
		expect(new Set(whole.groups.map((group) => group.team_id)).size).toBeGreaterThan(1);
		expect(whole.groups.map((group) => group.g)).toEqual(whole.groups.map((_, i) => i + 1));
		expect(small.groups).toEqual(whole.groups);
		expect(small.people).toEqual(whole.people);
		expect(whole.people.length).toBeGreaterThan(4);
		// Every person read once; SQLite in pieces of the size asked for.
		expect(small.read.flat().sort()).toEqual(whole.people.map((person) => person.id).sort());
		if (!onPostgres) expect(Math.max(...small.read.map((piece) => piece.length))).toBe(2);
	});
});
