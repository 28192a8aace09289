import { describe, expect, it } from 'vitest';
import { TEMPLATES } from '$lib/templates';
import { CHANGE_CATEGORIES, SHANARRI_AREAS, STATEMENT_KINDS } from '$lib/vocabulary';
import { PICTURES, pictureForOption, pictureForQuestion, type PictureName } from '.';

// Absolute and relative path commands with numbers: nothing else (no script, no text, no colour).
const PATH_DATA = /^[MmLlHhVvCcSsQqTtAaZz0-9 .,-]+$/;

describe("Heard's pictures", () => {
	it('draw every picture from path data alone, with at least one stroke or fill', () => {
		for (const [name, parts] of Object.entries(PICTURES)) {
			expect(parts.length, name).toBeGreaterThan(0);
			for (const part of parts)
				expect(typeof part === 'string' ? part : part.d, name).toMatch(PATH_DATA);
		}
	});

	it('give each statement kind, change category and wellbeing area its own picture', () => {
		const drawings = (names: string[]) =>
			names.map((name) => JSON.stringify(PICTURES[name as PictureName]));
		for (const [prefix, list] of [
			['kind', STATEMENT_KINDS],
			['category', CHANGE_CATEGORIES],
			['area', SHANARRI_AREAS]
		] as const) {
			const names = list.map((value) => `${prefix}.${value}`);
			for (const name of names) expect(PICTURES, name).toHaveProperty([name]);
			expect(new Set(drawings(names)).size, prefix).toBe(names.length);
		}
	});

	it('give every choice on every form a picture: faces, categories, ways to take part, yes and no', () => {
		for (const template of TEMPLATES)
			for (const question of template.questions) {
				// Languages are the one list without pictures: each is shown in its own name and script,
				// which is what a child who reads it knows, and nothing drawn stands for a language
				// without a flag or letters. So the simple form does not ask it.
				if (question.id === 'interpreter_language') {
					expect(question.simple, question.id).toBeFalsy();
					continue;
				}
				const options =
					question.type === 'face'
						? ['1', '2', '3', '4', '5']
						: question.type === 'yes_no'
							? ['yes', 'no']
							: question.type === 'choice' || question.type === 'choices'
								? question.options
								: [];
				for (const option of options)
					expect(pictureForOption(question, option), `${question.id}: ${option}`).toBeDefined();
			}
	});

	it('draw the five faces differently, and the Three Houses beside their questions', () => {
		const faces = [1, 2, 3, 4, 5].map((score) =>
			JSON.stringify(PICTURES[`face.${score}` as PictureName])
		);
		expect(new Set(faces).size).toBe(5);
		expect(pictureForQuestion({ id: 'going_well' })).toBe('house.house_good');
		expect(pictureForQuestion({ id: 'worrying_me' })).toBe('house.house_worries');
		expect(pictureForQuestion({ id: 'want_to_happen' })).toBe('house.house_dreams');
		for (const area of SHANARRI_AREAS)
			expect(pictureForQuestion({ id: area })).toBe(`area.${area}`);
		expect(pictureForQuestion({ id: 'what' })).toBeUndefined();
		expect(pictureForOption({ id: 'attend', type: 'choice' }, 'no_such_choice')).toBeUndefined();
	});
});
