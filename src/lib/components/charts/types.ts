import type { PictureName } from '$lib/pictures';

/** A line chart's geometry as the server works it out (src/lib/server/charts/line.ts). */
export interface LineGeometry {
	width: number;
	height: number;
	path: string;
	points: { x: number; y: number; value: number }[];
	gridLines: { y: number }[];
}

export interface FeelingsArea {
	area: string;
	label: string;
	/** The area in a child's words. */
	meaning?: string;
	scores: (number | null)[];
	latest?: { picture: PictureName | undefined; words: string } | null;
	chart: LineGeometry;
}
