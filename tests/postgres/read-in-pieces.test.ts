import { describe, expect, it } from 'vitest';
import { withReportSession } from '../../src/lib/server/reports/session';

describe("a report's read in pieces on PostgreSQL", () => {
	it('lets the server answer others between its pieces', async () => {
		const seen: string[] = [];
		await withReportSession((session) =>
			session.readInPieces<number>(
				'SELECT n FROM generate_series(1, 4) AS n',
				'column',
				2,
				(values) => {
					// An arriving request is a new turn of the event loop, as this is.
					if (seen.length === 0) setImmediate(() => seen.push('answered'));
					seen.push(`piece ${values.join(',')}`);
				}
			)
		);
		expect(seen).toEqual(['piece 1,2', 'answered', 'piece 3,4']);
	});
});
