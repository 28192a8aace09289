import { findTemplate } from './index';

/**
 * The opening words of the first thing a young person wrote in a statement,
 * so two statements of the same kind can be told apart in a list. Cut at a
 * word, never mid-word; nothing when there is no written answer.
 */
export function firstWords(
	templateId: string,
	version: number,
	answers: Record<string, unknown>,
	max = 60
): string | null {
	const template = findTemplate(templateId, version);
	if (!template) return null;
	for (const question of template.questions) {
		const value = answers[question.id];
		if (question.type !== 'text' || typeof value !== 'string') continue;
		const words = value.replace(/\s+/g, ' ').trim();
		if (words === '') continue;
		if (words.length <= max) return words;
		const cut = words.slice(0, max + 1);
		const lastSpace = cut.lastIndexOf(' ');
		return `${(lastSpace > max / 2 ? cut.slice(0, lastSpace) : words.slice(0, max)).replace(/[\s,.;:!?-]+$/, '')}…`;
	}
	return null;
}
