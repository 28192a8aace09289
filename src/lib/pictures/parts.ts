/**
 * Heard's pictures are drawn on a 48 × 48 grid as a few strokes, in the
 * text's own colour, so they follow the page's contrast and text size and
 * never carry meaning by colour alone. A part is a stroke unless it says
 * otherwise: `solid` fills with the text colour (eyes, dots), `soft` with a
 * light wash behind the strokes.
 */
export type Part = string | { d: string; fill: 'solid' | 'soft' };
export type Drawing = readonly Part[];

export const solid = (d: string): Part => ({ d, fill: 'solid' });
export const soft = (d: string): Part => ({ d, fill: 'soft' });

/** A circle as a path, so every part is drawn the same way. */
export const circle = (cx: number, cy: number, r: number) =>
	`M${cx - r} ${cy}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0`;

/** Shapes several pictures share. */
export const SHAPES = {
	house: 'M8 22 24 8l16 14v18H8z',
	bubble: 'M8 9h32v22H22l-8 7v-7H8z',
	heart: 'M24 40C10 31 6 22 9 15c3-6 12-6 15 1 3-7 12-7 15-1 3 7-1 16-15 25z',
	smallHeart: 'M24 37c-6-3-8-7-6-10 1-2 4-2 6 1 2-3 5-3 6-1 2 3 0 7-6 10z',
	shoulders: 'M10 41c0-9 6-14 14-14s14 5 14 14'
} as const;
