import { describe, expect, it } from 'vitest';
import { benchOptions, engines } from './options.js';
import { enginesTable } from './report.js';

describe('`npm run bench -- --engine`', () => {
	it('measures both engines by default where PostgreSQL is installed, else SQLite with a note', () => {
		expect(engines(benchOptions([]), true)).toEqual({
			engines: ['sqlite', 'postgres'],
			sections: ['council', 'national', 'weight'],
			notes: []
		});
		const without = engines(benchOptions([]), false);
		expect(without.engines).toEqual(['sqlite']);
		expect(without.notes.join()).toContain('PostgreSQL is not installed');
	});

	it('takes one engine, and on PostgreSQL alone runs the national part only', () => {
		expect(engines(benchOptions(['--engine=sqlite']), true).engines).toEqual(['sqlite']);
		const postgres = engines(benchOptions(['--engine', 'postgres']), true);
		expect(postgres).toMatchObject({ engines: ['postgres'], sections: ['national'] });
		expect(() =>
			engines(benchOptions(['--engine', 'postgres', '--only', 'council']), true)
		).toThrow('national part only');
		expect(() => engines(benchOptions(['--engine', 'postgres']), false)).toThrow(
			'needs PostgreSQL'
		);
		expect(() => benchOptions(['--engine', 'mysql'])).toThrow('--engine takes one of');
	});
});

describe('the national table', () => {
	const row = (figure: string, value: number, target: string, pass: boolean | null) => ({
		figure,
		value,
		target,
		pass,
		detail: `${figure} in detail`
	});

	it('sets each figure of both engines side by side, with each its own target where they differ', () => {
		const lines = enginesTable({
			sqlite: [row('cpu', 1.05, '≤ 0.5 core', false), row('mail', 0.11, '≤ 5 s', true)],
			postgres: [
				row('cpu', 0.8, '≤ 1 core', true),
				row('mail', 0.2, '≤ 5 s', true),
				row('lost', 0, '0', true),
				row('report', NaN, '≤ 5', false)
			]
		}) as string[];
		expect(lines[0]).toBe(
			'| figure | target | SQLite | met | PostgreSQL | met | absolute, SQLite | absolute, PostgreSQL |'
		);
		expect(lines.slice(2)).toEqual([
			'| cpu | ≤ 0.5 core (SQLite), ≤ 1 core (PostgreSQL) | 1.05 | **no** | 0.80 | yes | cpu in detail | cpu in detail |',
			'| mail | ≤ 5 s | 0.11 | yes | 0.20 | yes | mail in detail | mail in detail |',
			'| lost | 0 | — | not measured | 0.00 | yes | — | lost in detail |',
			'| report | ≤ 5 | — | not measured | — | **failed** | — | report in detail |'
		]);
	});
});
