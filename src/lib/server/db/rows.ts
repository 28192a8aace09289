/**
 * The one row a write returned (`.returning()` on an insert, or an update of a row just read).
 * Its absence is a fault, never an empty answer.
 */
export function theRow<T>(rows: T[]): T {
	const [row] = rows;
	if (row === undefined) throw new Error('The write returned no row.');
	return row;
}

/**
 * How many rows a write without `.returning()` changed: SQLite's driver calls it `changes`,
 * PostgreSQL's `count`.
 */
export function rowsChanged(result: { changes: number }): number {
	const answer = result as unknown as { changes?: number; count?: number };
	return answer.changes ?? answer.count ?? 0;
}
