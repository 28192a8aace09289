import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';

interface LineChartGeometry {
	width: number;
	height: number;
	/** SVG path data; gaps where a value is missing. */
	path: string;
	points: { x: number; y: number; value: number }[];
	gridLines: { y: number; value: number }[];
}

/**
 * The geometry of a small line chart, worked out on the server so pages draw
 * plain SVG with no chart script sent to the phone.
 */
export function lineChart(
	values: (number | null)[],
	options: { width: number; height: number; min: number; max: number }
): LineChartGeometry {
	const { width, height, min, max } = options;
	const pad = 6;
	const x = scaleLinear()
		.domain([0, Math.max(values.length - 1, 1)])
		.range([pad, width - pad]);
	const y = scaleLinear()
		.domain([min, max])
		.range([height - pad, pad]);
	const draw = line<number | null>()
		.defined((v) => v !== null)
		.x((_, i) => x(i))
		.y((v) => y(v ?? min));
	const points = values.flatMap((value, i) =>
		value === null ? [] : [{ x: x(i), y: y(value), value }]
	);
	const gridLines = [min, (min + max) / 2, max].map((value) => ({ y: y(value), value }));
	return { width, height, path: draw(values) ?? '', points, gridLines };
}
