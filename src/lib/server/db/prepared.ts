import { db, type Db } from './index';

/**
 * Queries built and compiled once per database (and per shape), then run with
 * new values through drizzle's placeholders. For the reads behind pages that
 * are opened all day, like the session check and the inbox: building a
 * query's SQL and compiling it cost more than SQLite takes to answer it. Tests
 * open a database per file, so what is built is kept per database, and let go
 * with it. These run on the connection, never inside a transaction, where
 * everything goes through the transaction's handle (ADR 0018).
 */
export function preparedPerShape<Shape extends string, Query>(
	build: (database: Db, shape: Shape) => Query
): (shape: Shape) => Query {
	const built = new WeakMap<Db, Map<Shape, Query>>();
	return (shape) => {
		const database = db();
		let shapes = built.get(database);
		if (!shapes) built.set(database, (shapes = new Map()));
		let query = shapes.get(shape);
		if (!query) shapes.set(shape, (query = build(database, shape)));
		return query;
	};
}

/** The same for a query of one shape. */
export function preparedOnce<Query>(build: (database: Db) => Query): () => Query {
	const query = preparedPerShape<'one', Query>((database) => build(database));
	return () => query('one');
}
