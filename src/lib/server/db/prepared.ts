import { onPostgres } from './engine';
import { db, type Db } from './index';

/**
 * Queries built and compiled once per database (and per shape), then run with
 * new values through drizzle's placeholders. For the reads behind pages that
 * are opened all day, like the session check and the inbox: building a
 * query's SQL and compiling it cost more than SQLite takes to answer it. Tests
 * open a database per file, so what is built is kept per database, and let go
 * with it. These run on the connection, never inside a transaction, where
 * everything goes through the transaction's handle (ADR 0018).
 *
 * `build` calls drizzle's `.prepare()`; what it gives is answered the same way on both engines
 * (ADR 46): `get(values)` for the first row, `all(values)` for every row, both awaited.
 */
export function preparedPerShape<Shape extends string, Built>(
	build: (database: Db, shape: Shape) => Built
): (shape: Shape) => Awaited<Built> {
	const built = new WeakMap<Db, Map<Shape, Awaited<Built>>>();
	return (shape) => {
		const database = db();
		let shapes = built.get(database);
		if (!shapes) built.set(database, (shapes = new Map()));
		let queries = shapes.get(shape);
		if (!queries) shapes.set(shape, (queries = answeredAlike(build(database, shape))));
		return queries;
	};
}

/** The same for a query of one shape. */
export function preparedOnce<Built>(build: (database: Db) => Built): () => Awaited<Built> {
	const queries = preparedPerShape<'one', Built>((database) => build(database));
	return () => queries('one');
}

type Values = Record<string, unknown>;
/** SQLite's prepared query answers at once; PostgreSQL's only has `execute`. */
type Prepared = { all(values?: Values): unknown; get(values?: Values): unknown };
type Answered<P extends Prepared> = {
	all(values?: Values): Promise<ReturnType<P['all']>>;
	get(values?: Values): Promise<ReturnType<P['get']>>;
};
/** A prepared query, or an object of them, each answered through promises. */
export type Awaited<Built> = Built extends Prepared
	? Answered<Built>
	: { [Name in keyof Built]: Built[Name] extends Prepared ? Answered<Built[Name]> : never };

type Executable = { execute(values?: Values): Promise<unknown> };

function answered(query: Prepared): Answered<Prepared> {
	if (!onPostgres) {
		return { all: async (values) => query.all(values), get: async (values) => query.get(values) };
	}
	const executable = query as unknown as Executable;
	return {
		all: (values) => executable.execute(values),
		get: async (values) => ((await executable.execute(values)) as unknown[])[0]
	};
}

function answeredAlike<Built>(built: Built): Awaited<Built> {
	const query = built as unknown as Prepared | Record<string, Prepared>;
	if (
		typeof (query as Prepared).all === 'function' ||
		typeof (query as unknown as Executable).execute === 'function'
	) {
		return answered(query as Prepared) as Awaited<Built>;
	}
	const each = Object.entries(query as Record<string, Prepared>).map(([name, q]) => [
		name,
		answered(q)
	]);
	return Object.fromEntries(each) as Awaited<Built>;
}
