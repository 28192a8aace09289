import { scaleBand, scaleLinear } from 'd3-scale';

export interface BarChartGeometry {
	width: number;
	height: number;
	/** Left margin where the labels sit. */
	labelWidth: number;
	bars: { label: string; value: number | null; y: number; barHeight: number; width: number }[];
	ticks: { x: number; value: number }[];
}

/**
 * A horizontal bar chart's geometry, worked out on the server like the line
 * chart: the page draws plain SVG and sends no chart script. A withheld or
 * missing value gets no bar (its label still shows, and the table says why).
 */
export function barChart(
	data: { label: string; value: number | null }[],
	options: { width?: number; labelWidth?: number; barHeight?: number; max?: number } = {}
): BarChartGeometry {
	const width = options.width ?? 560;
	const labelWidth = options.labelWidth ?? 200;
	const step = options.barHeight ?? 28;
	const height = Math.max(step * data.length, step) + 20;
	const largest = Math.max(options.max ?? 0, ...data.map((d) => d.value ?? 0), 1);
	const x = scaleLinear()
		.domain([0, largest])
		.nice(4)
		.range([0, width - labelWidth - 40]);
	const y = scaleBand<number>()
		.domain(data.map((_, i) => i))
		.range([0, height - 20])
		.padding(0.2);
	return {
		width,
		height,
		labelWidth,
		bars: data.map((d, i) => ({
			label: d.label,
			value: d.value,
			y: y(i) ?? 0,
			barHeight: y.bandwidth(),
			width: d.value === null ? 0 : x(d.value)
		})),
		ticks: x.ticks(4).map((value) => ({ x: labelWidth + x(value), value }))
	};
}
