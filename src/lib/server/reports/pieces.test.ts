import { describe, expect, it } from 'vitest';
import { sumsInPieces } from './pieces';
import { dropReportTables } from './sql';
import { withReportSession } from './session';

// On both engines (the PostgreSQL suite runs this file too); SQLite makes the sums in pieces.
describe('sums made in pieces', () => {
	const meetings = `DROP TABLE IF EXISTS temp.report_meetings;
		CREATE TEMP TABLE report_meetings (g INTEGER, type TEXT, with_views INTEGER);
		INSERT INTO temp.report_meetings (g, type, with_views) VALUES
			(1, 'review', 1), (2, 'review', 0), (1, 'review', 1), (3, 'cp_conference', 1),
			(2, 'review', 1), (1, 'cp_conference', 0), (3, 'cp_conference', 1), (1, 'review', 0),
			(2, 'cp_conference', 1), (3, 'review', 1)`;
	const sums = `SELECT g, type, SUM(held) AS held, SUM(with_views) AS with_views
		FROM temp.report_meeting_sums GROUP BY g, type ORDER BY g, type`;
	const expected = [
		{ g: 1, type: 'cp_conference', held: 1, with_views: 0 },
		{ g: 1, type: 'review', held: 3, with_views: 2 },
		{ g: 2, type: 'cp_conference', held: 1, with_views: 1 },
		{ g: 2, type: 'review', held: 2, with_views: 1 },
		{ g: 3, type: 'cp_conference', held: 2, with_views: 2 },
		{ g: 3, type: 'review', held: 1, with_views: 1 }
	];

	for (const [pieces, from] of [
		['rowids', { table: 'report_meetings' }],
		['another column', { table: 'report_meetings', alias: 'm', by: 'g' }]
	] as const) {
		it(`adds up to one grouping's sums, in pieces of ${pieces}`, async () => {
			const rows = await withReportSession(async (session) => {
				await session.exec(meetings);
				await sumsInPieces(
					session,
					'report_meeting_sums',
					from,
					(inPiece) => `SELECT g, type, COUNT(*) AS held, SUM(with_views) AS with_views
						FROM temp.report_meetings m WHERE 1 = 1${inPiece} GROUP BY g, type`,
					{},
					// Three rows (or groups) a piece: a group's rows fall in several pieces.
					3
				);
				const result = await session.all(sums);
				await dropReportTables(session);
				return result;
			});
			expect(rows).toEqual(expected);
		});
	}

	it('makes its table even when there is nothing to sum', async () => {
		const rows = await withReportSession(async (session) => {
			await session.exec(`${meetings}; DELETE FROM temp.report_meetings`);
			await sumsInPieces(
				session,
				'report_meeting_sums',
				{ table: 'report_meetings' },
				(inPiece) => `SELECT g, type, COUNT(*) AS held, SUM(with_views) AS with_views
					FROM temp.report_meetings WHERE 1 = 1${inPiece} GROUP BY g, type`
			);
			const result = await session.all(sums);
			await dropReportTables(session);
			return result;
		});
		expect(rows).toEqual([]);
	});
});
