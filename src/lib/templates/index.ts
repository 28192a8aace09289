import type { StatementKind } from '$lib/vocabulary';
import { TEMPLATES } from './all';
import type { Answers, Template } from './types';

export type { AnswerMap, Answers, Question, Template } from './types';
export { TEMPLATES };

export function findTemplate(id: string, version: number): Template | undefined {
	return TEMPLATES.find((t) => t.id === id && t.version === version);
}

/** The version new statements of a kind are written with. */
export function currentTemplate(kind: StatementKind): Template {
	const versions = TEMPLATES.filter((t) => t.kind === kind);
	const latest = versions.reduce((a, b) => (b.version > a.version ? b : a));
	return latest;
}

/** A statement is urgent when its kind always is, or an answer crosses a safety line. */
export function isUrgent(template: Template, answers: Answers): boolean {
	if (template.alwaysUrgent) return true;
	return template.questions.some(
		(q) =>
			q.type === 'face' &&
			q.urgentAtOrBelow !== undefined &&
			typeof answers[q.id] === 'number' &&
			(answers[q.id] as number) <= q.urgentAtOrBelow
	);
}
