import type Database from 'better-sqlite3';

/**
 * Keeps compiled statements by their SQL text. Drizzle asks SQLite to compile
 * every query afresh on every call, and compiling costs more than running for
 * the small indexed reads most pages make (a worker's inbox compiled five
 * queries a request). Values are always bound as parameters, so the same text
 * is the same query. A statement is reused only once its last run has
 * finished: everything here runs to completion synchronously, and a statement
 * still being iterated is compiled anew.
 */
export function cacheCompiledStatements(sqlite: Database.Database, limit = 500): void {
	const compile = sqlite.prepare.bind(sqlite);
	const cache = new Map<string, Database.Statement>();
	sqlite.prepare = ((source: string) => {
		const cached = cache.get(source);
		if (cached && !cached.busy) {
			// Most recently used last, so the oldest is the one dropped when full.
			cache.delete(source);
			cache.set(source, cached);
			// Some reads switch a statement to arrays or single values; each use starts from rows.
			if (cached.reader) cached.pluck(false).raw(false);
			return cached;
		}
		const statement = compile(source);
		cache.set(source, statement);
		if (cache.size > limit) cache.delete(cache.keys().next().value!);
		return statement;
	}) as typeof sqlite.prepare;
}
