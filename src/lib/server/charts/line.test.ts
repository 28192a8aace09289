import { describe, expect, it } from 'vitest';
import { lineChart } from './line';

describe('lineChart', () => {
	const options = { width: 100, height: 50, min: 1, max: 5 };

	it('puts the lowest value at the bottom and the highest at the top', () => {
		const chart = lineChart([1, 5], options);
		expect(chart.points[0]?.y).toBeGreaterThan(chart.points[1]?.y ?? Infinity);
		expect(chart.points[0]?.x).toBeLessThan(chart.points[1]?.x ?? -Infinity);
		expect(chart.path.startsWith('M')).toBe(true);
	});

	it('leaves a gap where a value is missing', () => {
		const chart = lineChart([3, null, 4], options);
		expect(chart.points).toHaveLength(2);
		expect(chart.path.match(/M/g)).toHaveLength(2);
	});

	it('draws a single answer as a point without failing', () => {
		expect(lineChart([2], options).points).toHaveLength(1);
	});
});
