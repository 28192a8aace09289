import { describe, expect, it } from 'vitest';
import { barChart } from './bar';

describe('barChart', () => {
	it('draws bars in proportion, one per row, and none for a withheld value', () => {
		const g = barChart(
			[
				{ label: 'A', value: 10 },
				{ label: 'B', value: 5 },
				{ label: 'C', value: null }
			],
			{ width: 340, labelWidth: 100 }
		);
		expect(g.bars.map((b) => b.label)).toEqual(['A', 'B', 'C']);
		expect(g.bars[0]!.width).toBeCloseTo(200);
		expect(g.bars[1]!.width).toBeCloseTo(100);
		expect(g.bars[2]!.width).toBe(0);
		expect(g.bars[1]!.y).toBeGreaterThan(g.bars[0]!.y);
		expect(g.ticks[0]!).toEqual({ x: 100, value: 0 });
	});

	it('gives a withheld value no length, whatever it held, and keeps the table’s words for it', () => {
		const g = barChart(
			[
				{ label: '0', value: 40 },
				{ label: '1', value: 3, withheld: 'fewer than 5' },
				{ label: '2', value: null, withheld: 'fewer than 5' }
			],
			{ width: 340, labelWidth: 100 }
		);
		expect(g.bars.map((b) => [b.width, b.withheld])).toEqual([
			[200, null],
			[0, 'fewer than 5'],
			[0, 'fewer than 5']
		]);
	});

	it('uses a fixed scale when given one, such as 1 to 5 for wellbeing', () => {
		const g = barChart([{ label: 'Safe', value: 2.5 }], { width: 340, labelWidth: 100, max: 5 });
		expect(g.bars[0]!.width).toBeCloseTo(100);
	});
});
