import type { Question } from '$lib/templates/types';
import { AREA_PICTURES, CATEGORY_PICTURES, HOUSE_PICTURES } from './answers';
import { ALL_CHOICE_PICTURES } from './choices';
import { FACES } from './faces';
import { KIND_PICTURES, PLACE_PICTURES } from './home';
import type { Drawing } from './parts';

/**
 * Every picture Heard draws, by name ("kind.worried", "face.3"). Pages pass
 * names, not drawings, so the server can say which picture goes with an
 * answer and the page draws it (components/ui/Picture.svelte).
 */
const prefixed = <P extends string, K extends string>(prefix: P, drawings: Record<K, Drawing>) =>
	Object.fromEntries(
		Object.entries(drawings).map(([name, drawing]) => [`${prefix}.${name}`, drawing])
	) as Record<`${P}.${K}`, Drawing>;

export const PICTURES = {
	...prefixed('kind', KIND_PICTURES),
	...prefixed('place', PLACE_PICTURES),
	...prefixed('house', HOUSE_PICTURES),
	...prefixed('category', CATEGORY_PICTURES),
	...prefixed('area', AREA_PICTURES),
	...prefixed('choice', ALL_CHOICE_PICTURES),
	...prefixed('face', FACES)
};

export type PictureName = keyof typeof PICTURES;

const isPicture = (name: string): name is PictureName => name in PICTURES;

/** The Three Houses stand for the questions a child answers before a meeting. */
const QUESTION_PICTURES: Partial<Record<string, PictureName>> = {
	going_well: 'house.house_good',
	worrying_me: 'house.house_worries',
	want_to_happen: 'house.house_dreams'
};

/** The picture beside a question, where it has one: a wellbeing area, or one of the Three Houses. */
export function pictureForQuestion(question: Pick<Question, 'id'>): PictureName | undefined {
	const area = `area.${question.id}`;
	return isPicture(area) ? area : QUESTION_PICTURES[question.id];
}

/** The picture for one answer of a choice: a face, a category, a way to take part, yes or no. */
export function pictureForOption(
	question: Pick<Question, 'id' | 'type'>,
	option: string
): PictureName | undefined {
	const name =
		question.type === 'face'
			? `face.${option}`
			: question.type === 'meeting'
				? 'choice.meeting'
				: question.id === 'category'
					? `category.${option}`
					: `choice.${option}`;
	return isPicture(name) ? name : undefined;
}
