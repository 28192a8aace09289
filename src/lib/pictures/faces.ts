import { circle, solid, soft, type Drawing } from './parts';

/**
 * The five-face scale, drawn the same way wherever a child rates something
 * (how they feel, whether they felt listened to, feedback): the mouth and
 * brows change, the face does not, so the faces read in order without colour.
 */
const head = [soft(circle(24, 24, 19)), circle(24, 24, 19)];
const eyes = [solid(circle(17.5, 20, 2.2)), solid(circle(30.5, 20, 2.2))];

export const FACES: Record<'1' | '2' | '3' | '4' | '5', Drawing> = {
	1: [
		...head,
		...eyes,
		'M12 14l6-2.5M36 14l-6-2.5',
		'M15 35q9-8 18 0',
		solid('M33 24.5q-2.2 3.6 0 5 2.2-1.4 0-5z')
	],
	2: [...head, ...eyes, 'M16 33q8-4.5 16 0'],
	3: [...head, ...eyes, 'M16 31h16'],
	4: [...head, ...eyes, 'M16 28.5q8 6.5 16 0'],
	5: [...head, ...eyes, solid('M14 27.5q10 13 20 0z')]
};
