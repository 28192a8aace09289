import type { StatementKind } from '$lib/vocabulary';
import { SHAPES, circle, solid, soft, type Drawing } from './parts';

/** One picture for each thing a young person can say, beside its name on the home page. */
export const KIND_PICTURES: Record<StatementKind, Drawing> = {
	// A day on the calendar, ticked: a meeting is coming.
	before_meeting: [
		soft('M8 13h32v27H8z'),
		'M8 13h32v27H8z',
		'M8 20h32',
		'M16 8v9M32 8v9',
		'M17 30l5 5 9-10'
	],
	// Two turning arrows: something changes.
	make_a_change: [
		'M11 22a13 13 0 0 1 23-8',
		'M35 7v8h-8',
		'M37 26a13 13 0 0 1-23 8',
		'M13 41v-8h8'
	],
	feelings: [soft(SHAPES.heart), SHAPES.heart],
	// A rain cloud: something on my mind.
	worried: [
		soft('M14 29h22a8 8 0 0 0 0-16 11 11 0 0 0-21-1 8.5 8.5 0 0 0-1 17z'),
		'M14 29h22a8 8 0 0 0 0-16 11 11 0 0 0-21-1 8.5 8.5 0 0 0-1 17z',
		'M18 34l-2 5M26 34l-2 5M34 34l-2 5'
	],
	good_news: [
		soft(circle(24, 24, 8)),
		circle(24, 24, 8),
		'M24 5v6M24 37v6M5 24h6M37 24h6M10.5 10.5l4 4M33.5 33.5l4 4M10.5 37.5l4-4M33.5 14.5l4-4'
	],
	feedback: [soft(SHAPES.bubble), SHAPES.bubble, 'M15 17h18M15 23h12'],
	// A signpost: which way next.
	my_future: [
		'M24 6v35M15 41h18',
		soft('M24 10h13l4 4.5-4 4.5H24z'),
		'M24 10h13l4 4.5-4 4.5H24z',
		soft('M24 23H11l-4 4.5 4 4.5h13z'),
		'M24 23H11l-4 4.5 4 4.5h13z'
	]
};

/** The other places on the home page. */
export const PLACE_PICTURES = {
	things: [soft('M6 28l6-14h24l6 14v12H6z'), 'M6 28l6-14h24l6 14v12H6z', 'M6 28h11l2 4h10l2-4h11'],
	about: [soft(circle(24, 16, 7)), circle(24, 16, 7), SHAPES.shoulders],
	feelings_over_time: ['M8 7v33h33', 'M13 31l8-9 6 5 11-13', solid(circle(38, 14, 2.2))],
	you_said: [
		soft('M8 19v10h6l17 9V10l-17 9z'),
		'M8 19v10h6l17 9V10l-17 9z',
		'M14 29l3 9h5l-2-8',
		'M37 18c3 3 3 9 0 12'
	],
	my_words: ['M8 30v10h32V30', 'M24 7v23M15 21l9 9 9-9'],
	settings: [
		'M8 14h32M8 24h32M8 34h32',
		solid(circle(16, 14, 3.5)),
		solid(circle(31, 24, 3.5)),
		solid(circle(20, 34, 3.5))
	],
	privacy: [soft('M11 22h26v19H11z'), 'M11 22h26v19H11z', 'M16 22v-6a8 8 0 0 1 16 0v6', 'M24 29v5'],
	clock: [soft(circle(24, 24, 17)), circle(24, 24, 17), 'M24 14v10l7 5'],
	read_aloud: [
		soft('M8 19v10h7l10 8V11l-10 8z'),
		'M8 19v10h7l10 8V11l-10 8z',
		'M31 19c2 3 2 7 0 10M36 15c4 5 4 13 0 18'
	],
	not_happy: ['M12 42V7', soft('M12 9h24l-5 8 5 8H12'), 'M12 9h24l-5 8 5 8H12']
} satisfies Record<string, Drawing>;

export type Place = keyof typeof PLACE_PICTURES;
