import type { ChangeCategory } from '$lib/vocabulary';
import type { ShanarriArea } from '$lib/templates/types';
import { SHAPES, circle, solid, soft, type Drawing } from './parts';

const person = (x: number, y: number, r: number) => [soft(circle(x, y, r)), circle(x, y, r)];

/** The Three Houses: good things, worries and dreams, each a house with its sign inside. */
export const HOUSE_PICTURES = {
	house_good: [soft(SHAPES.house), SHAPES.house, SHAPES.smallHeart],
	house_worries: [
		soft(SHAPES.house),
		SHAPES.house,
		'M18 35h12a4 4 0 0 0 0-8 6 6 0 0 0-11-1 4.5 4.5 0 0 0-1 9z'
	],
	house_dreams: [
		soft(SHAPES.house),
		SHAPES.house,
		'M24 22l2.4 5 5.4.6-4 3.7 1.1 5.3-4.9-2.7-4.9 2.7 1.1-5.3-4-3.7 5.4-.6z'
	]
} satisfies Record<string, Drawing>;

export const CATEGORY_PICTURES: Record<ChangeCategory, Drawing> = {
	where_i_live: [soft(SHAPES.house), SHAPES.house, 'M20 40V30h8v10'],
	family_time: [
		...person(17, 15, 5.5),
		'M7 40c0-8 4-12 10-12s10 4 10 12',
		...person(33, 20, 4.5),
		'M25 40c0-6 3-10 8-10s8 4 8 10'
	],
	school_work: [
		soft('M6 12c6-2 12-1 18 3v25c-6-4-12-5-18-3z'),
		'M6 12c6-2 12-1 18 3v25c-6-4-12-5-18-3z',
		'M42 12c-6-2-12-1-18 3v25c6-4 12-5 18-3z'
	],
	my_worker: [
		...person(24, 15, 7),
		SHAPES.shoulders,
		'M19 28l5 6 5-6',
		soft('M21 34h6v5h-6z'),
		'M21 34h6v5h-6z'
	],
	money: [soft(circle(24, 24, 17)), circle(24, 24, 17), 'M29 16a5 5 0 0 0-9 3v12h10M17 25h9'],
	health: [soft(SHAPES.heart), SHAPES.heart, 'M9 24h8l3-5 4 9 3-5h12'],
	activities: [
		soft(circle(24, 24, 17)),
		circle(24, 24, 17),
		'M7 24h34',
		'M24 7c-7 5-7 29 0 34M24 7c7 5 7 29 0 34'
	],
	house_rules: ['M9 12l3 3 5-5M22 12h17', 'M9 24l3 3 5-5M22 24h17', 'M9 36l3 3 5-5M22 36h17'],
	something_else: [
		soft(circle(24, 24, 17)),
		circle(24, 24, 17),
		solid(circle(16, 24, 2.5)),
		solid(circle(24, 24, 2.5)),
		solid(circle(32, 24, 2.5))
	]
};

/** The wellbeing areas (SHANARRI), each with a picture a child can read before the word. */
export const AREA_PICTURES: Record<ShanarriArea, Drawing> = {
	safe: [
		soft('M24 6l14 5v11c0 10-6 16-14 20-8-4-14-10-14-20V11z'),
		'M24 6l14 5v11c0 10-6 16-14 20-8-4-14-10-14-20V11z',
		'M18 24l4 4 8-8'
	],
	healthy: [
		soft(
			'M24 16c-4-3-14-3-14 9 0 9 7 16 11 15 1 0 2-1 3-1s2 1 3 1c4 1 11-6 11-15 0-12-10-12-14-9z'
		),
		'M24 16c-4-3-14-3-14 9 0 9 7 16 11 15 1 0 2-1 3-1s2 1 3 1c4 1 11-6 11-15 0-12-10-12-14-9z',
		'M24 16c0-4 2-7 5-9'
	],
	achieving: [
		soft('M16 7h16v11a8 8 0 0 1-16 0z'),
		'M16 7h16v11a8 8 0 0 1-16 0z',
		'M16 10h-6c0 5 3 9 7 9M32 10h6c0 5-3 9-7 9',
		'M24 26v8M17 41h14M19 34h10v7H19z'
	],
	// A heart held in two hands.
	nurtured: [
		soft('M24 29c-6-3-8-7-6-10 1-2 4-2 6 1 2-3 5-3 6-1 2 3 0 7-6 10z'),
		'M24 29c-6-3-8-7-6-10 1-2 4-2 6 1 2-3 5-3 6-1 2 3 0 7-6 10z',
		'M5 27c5 0 7 2 9 5l3 6h14l3-6c2-3 4-5 9-5'
	],
	active: [
		solid(circle(29, 9, 3.5)),
		'M27 15l-5 10 6 5-3 10',
		'M22 25l-8 1',
		'M26 18l7 4 5-3',
		'M28 30l7 6'
	],
	respected: [
		soft(SHAPES.bubble),
		SHAPES.bubble,
		'M24 27c-5-3-6-6-4.5-8 1-1.5 3-1.5 4.5.5 1.5-2 3.5-2 4.5-.5 1.5 2 .5 5-4.5 8z'
	],
	responsible: [
		'M24 41V22',
		soft('M24 26c-8 0-12-4-12-12 8 0 12 4 12 12z'),
		'M24 26c-8 0-12-4-12-12 8 0 12 4 12 12z',
		soft('M24 22c0-7 4-11 12-11 0 7-4 11-12 11z'),
		'M24 22c0-7 4-11 12-11 0 7-4 11-12 11z',
		'M14 41h20'
	],
	included: [
		...person(11, 17, 4),
		'M4 36c0-6 3-9 7-9s7 3 7 9',
		...person(24, 13, 4.5),
		'M16 33c0-7 3-11 8-11s8 4 8 11',
		...person(37, 17, 4),
		'M30 36c0-6 3-9 7-9s7 3 7 9',
		'M6 41h36'
	]
};

/** How a child wants to take part in their meeting, and a plain yes or no. */
export const CHOICE_PICTURES = {
	attend_speak: [
		...person(16, 18, 6),
		'M5 41c0-8 5-12 11-12s11 4 11 12',
		soft('M28 7h14v11h-6l-4 4v-4h-4z'),
		'M28 7h14v11h-6l-4 4v-4h-4z'
	],
	attend_listen: [
		soft('M33 19a10 10 0 0 0-20 0c0 5 4 7 4 11 0 5 2 9 7 9 4 0 5-3 6-6s3-6 3-14z'),
		'M33 19a10 10 0 0 0-20 0c0 5 4 7 4 11 0 5 2 9 7 9 4 0 5-3 6-6s3-6 3-14z',
		'M19 19a4 4 0 0 1 8 0c0 3-3 3-3 6'
	],
	advocate: [
		...person(15, 19, 5),
		'M6 41c0-8 4-12 9-12s9 4 9 12',
		...person(32, 15, 6),
		'M22 41c0-9 4-14 10-14s10 5 10 14',
		'M20 33l5-2'
	],
	not_attend: [soft('M13 7h20v34H13z'), 'M13 7h20v34H13z', 'M8 41h30', solid(circle(28, 25, 1.8))],
	yes: [soft(circle(24, 24, 17)), circle(24, 24, 17), 'M16 24l6 6 11-12'],
	no: [soft(circle(24, 24, 17)), circle(24, 24, 17), 'M18 18l12 12M30 18 18 30']
} satisfies Record<string, Drawing>;
