import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { cacheCompiledStatements } from './statement-cache';

function openWithCache(limit?: number) {
	const sqlite = new Database(':memory:');
	cacheCompiledStatements(sqlite, limit);
	sqlite.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, word TEXT)');
	sqlite.prepare('INSERT INTO t (word) VALUES (?), (?)').run('one', 'two');
	return sqlite;
}

describe('compiled statements', () => {
	it('are compiled once for the same text and give the same answers', () => {
		const sqlite = openWithCache();
		const first = sqlite.prepare('SELECT word FROM t WHERE id = ?');
		expect(sqlite.prepare('SELECT word FROM t WHERE id = ?')).toBe(first);
		expect(sqlite.prepare('SELECT word FROM t WHERE id = ?').get(2)).toEqual({ word: 'two' });
	});

	it('give rows again after someone asked one for arrays or single values', () => {
		const sqlite = openWithCache();
		expect(sqlite.prepare('SELECT word FROM t ORDER BY id').raw().all()).toEqual([['one'], ['two']]);
		expect(sqlite.prepare('SELECT word FROM t ORDER BY id').all()).toEqual([{ word: 'one' }, { word: 'two' }]);
		expect(sqlite.prepare('SELECT word FROM t ORDER BY id').pluck().all()).toEqual(['one', 'two']);
		expect(sqlite.prepare('SELECT word FROM t ORDER BY id').all()).toEqual([{ word: 'one' }, { word: 'two' }]);
	});

	it('are not shared while one is still being read', () => {
		const sqlite = openWithCache();
		const words = [];
		for (const outer of sqlite.prepare('SELECT word FROM t ORDER BY id').iterate() as Iterable<{ word: string }>) {
			const inner = sqlite.prepare('SELECT word FROM t ORDER BY id').all() as { word: string }[];
			words.push(`${outer.word}:${inner.length}`);
		}
		expect(words).toEqual(['one:2', 'two:2']);
	});

	it('are kept up to a limit, the least recently used dropped first', () => {
		const sqlite = openWithCache(2);
		const one = sqlite.prepare('SELECT 1');
		const two = sqlite.prepare('SELECT 2');
		sqlite.prepare('SELECT 1');
		sqlite.prepare('SELECT 3');
		expect(sqlite.prepare('SELECT 1')).toBe(one);
		expect(sqlite.prepare('SELECT 2')).not.toBe(two);
	});
});
