import { scaleBand, scaleLinear } from 'd3-scale';

export interface BarChartGeometry {
	width: number;
	height: number;
	/** Left margin where the labels sit. */
	labelWidth: number;
	bars: {
		label: string;
		value: number | null;
		/** What the table prints for a withheld value ("fewer than 5"); null when it is shown. */
		withheld: string | null;
		y: number;
		barHeight: number;
		width: number;
	}[];
	ticks: { x: number; value: number }[];
}

/**
 * A horizontal bar chart's geometry, worked out on the server like the line
 * chart: the page draws plain SVG and sends no chart script. A missing value
 * gets no bar. A withheld one gets no length either, only the table's own words
 * for it: a zero-width bar would read as 0, and any length would give it away.
 */
export function barChart(
	data: { label: string; value: number | null; withheld?: string | null }[],
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
			withheld: d.withheld ?? null,
			y: y(i) ?? 0,
			barHeight: y.bandwidth(),
			width: d.value === null || d.withheld ? 0 : x(d.value)
		})),
		ticks: x.ticks(4).map((value) => ({ x: labelWidth + x(value), value }))
	};
}
