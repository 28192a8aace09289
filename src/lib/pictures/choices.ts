import { CATEGORY_PICTURES, CHOICE_PICTURES } from './answers';
import { FACES } from './faces';
import { SHAPES, circle, solid, soft, type Drawing } from './parts';

const person = (x: number, y: number, r: number) => [soft(circle(x, y, r)), circle(x, y, r)];
const calendar = [soft('M8 13h32v27H8z'), 'M8 13h32v27H8z', 'M8 20h32', 'M16 8v9M32 8v9'];

/**
 * The simple form's picture answers: whether to go to the meeting, who to have
 * there, what a worry, good news or feedback is about. A picture that means the
 * same as one drawn before (home, school, my worker) is that same drawing.
 */
export const MORE_CHOICE_PICTURES = {
	not_sure: [
		soft(circle(24, 24, 17)),
		circle(24, 24, 17),
		'M19 19a5 5 0 1 1 7 4.6c-1.3.6-2 1.6-2 3v1.4',
		solid(circle(24, 33, 1.8))
	],
	// A calendar day with a dot: the meeting.
	meeting: [...calendar, solid(circle(24, 30, 3.5))],
	home: CATEGORY_PICTURES.where_i_live,
	school: CATEGORY_PICTURES.school_work,
	family: CATEGORY_PICTURES.family_time,
	worker: CATEGORY_PICTURES.my_worker,
	something_else: CATEGORY_PICTURES.something_else,
	// A person at home: the people I live with.
	carer: [soft(SHAPES.house), SHAPES.house, ...person(24, 24, 4), 'M17 40c0-6 3-9 7-9s7 3 7 9'],
	// Two friends side by side, the same size.
	friend: [
		...person(15, 17, 5),
		'M6 40c0-8 4-12 9-12s9 4 9 12',
		...person(33, 17, 5),
		'M24 40c0-8 4-12 9-12s9 4 9 12'
	],
	// A person at a board.
	teacher: [
		soft('M22 7h20v15H22z'),
		'M22 7h20v15H22z',
		'M26 12h12M26 17h8',
		...person(13, 17, 5),
		'M4 41c0-8 4-12 9-12s9 4 9 12',
		'M18 27l6-5'
	],
	// A person and a question mark: someone not on the list.
	someone_else: [
		...person(17, 17, 6),
		'M6 41c0-9 5-13 11-13s11 4 11 13',
		'M33 14a4 4 0 1 1 5.5 3.7c-1 .5-1.5 1.3-1.5 2.3v1',
		solid(circle(37, 27, 1.6))
	],
	// A person with a warning sign beside them.
	a_person: [
		...person(15, 17, 6),
		'M4 41c0-9 5-13 11-13s11 4 11 13',
		soft('M35 8l9 16H26z'),
		'M35 8l9 16H26z',
		'M35 14v4',
		solid(circle(35, 21, 1.4))
	],
	// A phone.
	online: [
		soft('M15 5h18v38H15z'),
		'M15 5h18v38H15z',
		'M15 11h18M15 36h18',
		solid(circle(24, 39.5, 1.5))
	],
	// A heart with a small cloud in it: feelings inside.
	my_feelings: [
		soft(SHAPES.heart),
		SHAPES.heart,
		'M19 27h10a3 3 0 0 0 0-6 4.5 4.5 0 0 0-8.5-.8 3.4 3.4 0 0 0-1.5 6.8z'
	],
	friends: [
		...person(11, 17, 4),
		'M4 36c0-6 3-9 7-9s7 3 7 9',
		...person(37, 17, 4),
		'M30 36c0-6 3-9 7-9s7 3 7 9',
		'M18 32l12 0',
		soft(SHAPES.smallHeart),
		SHAPES.smallHeart
	],
	something_i_did: [
		soft('M24 6l5 10.5 11.5 1.5-8.5 8 2 11.5-10-5.5-10 5.5 2-11.5-8.5-8 11.5-1.5z'),
		'M24 6l5 10.5 11.5 1.5-8.5 8 2 11.5-10-5.5-10 5.5 2-11.5-8.5-8 11.5-1.5z'
	],
	feeling_good: FACES[5],
	// A door open, and someone coming in: a visit.
	visit: [
		soft('M10 7h18v34H10z'),
		'M10 7h18v34H10z',
		'M4 41h40',
		...person(36, 19, 4.5),
		'M29 41c0-8 3-12 7-12s7 4 7 12'
	]
} satisfies Record<string, Drawing>;

/** Every choice picture, the ways of taking part with the simple form's own. */
export const ALL_CHOICE_PICTURES = { ...CHOICE_PICTURES, ...MORE_CHOICE_PICTURES };
