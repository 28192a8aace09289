import { describe, expect, it } from 'vitest';
import { collapseTable } from './collapse';
import { shown, withheld, type Cell } from './disclosure';
import type { ReportTable, Unit } from './table';

const x = withheld('small');
const s = withheld('secondary');
function table(units: Unit[], groups: Cell[][], total?: Cell[]): ReportTable {
	return {
		id: 't',
		section: 'reach',
		caption: 'Reach by team',
		definition: '',
		rowHeader: 'Team',
		columns: units.map((unit, i) => ({ label: `Column ${i}`, unit })),
		rows: [
			...groups.map((cells, i) => ({ key: `g${i}`, label: `Group ${i}`, cells })),
			...(total ? [{ key: 'total', label: 'All', cells: total, total: true }] : [])
		]
	};
}

describe('a breakdown with nothing to show', () => {
	it('becomes one line when every group is under the threshold, zeros included', () => {
		const t = table(
			['count', 'percent'],
			[
				[x, s],
				[shown(0), shown(null)],
				[x, s]
			],
			[shown(7), s]
		);
		expect(collapseTable(t)).toEqual({ why: 'small', total: [{ label: 'Column 0', value: '7' }] });
	});

	it('says so differently when some groups are withheld only to protect the others', () => {
		const t = table(['count'], [[s], [x]], [shown(11)]);
		expect(collapseTable(t)?.why).toBe('mixed');
	});

	it('judges averages by their own reason when there are no counts', () => {
		expect(collapseTable(table(['score', 'score'], [[x, x]]))).toEqual({ why: 'small', total: [] });
	});

	it('keeps the "All" figures only beside one that is not zero', () => {
		expect(
			collapseTable(
				table(
					['count', 'count'],
					[
						[x, shown(0)],
						[x, shown(0)]
					],
					[x, shown(0)]
				)
			)?.total
		).toEqual([]);
		expect(
			collapseTable(
				table(
					['count', 'percent'],
					[
						[x, s],
						[x, s]
					],
					[shown(0), shown(40)]
				)
			)?.total
		).toEqual([
			{ label: 'Column 0', value: '0' },
			{ label: 'Column 1', value: '40%' }
		]);
	});

	it('stays a table while any group shows a figure', () => {
		expect(collapseTable(table(['count'], [[x], [shown(6)]], [shown(9)]))).toBeNull();
		expect(collapseTable(table(['count'], [[shown(0)], [shown(3)]], [shown(3)]))).toBeNull();
	});

	it('says there was nothing to count when every figure is a zero', () => {
		expect(collapseTable(table(['count'], [[shown(0)], [shown(0)]], [shown(0)]))).toEqual({
			why: 'none',
			total: []
		});
	});

	it('leaves one-row tables of statistics alone', () => {
		const stats: ReportTable = {
			...table(['count', 'days'], []),
			rows: [{ key: 'all', label: 'All', cells: [x, x] }]
		};
		expect(collapseTable(stats)).toBeNull();
	});

	it('says a one-row table of statistics in a line when it has nothing at all to count', () => {
		const nothing: ReportTable = {
			...table(['count', 'hours'], []),
			rows: [{ key: 'all', label: 'All', cells: [shown(0), shown(null)] }]
		};
		expect(collapseTable(nothing)).toEqual({ why: 'none', total: [] });
	});
});
