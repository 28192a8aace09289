import { z } from 'zod';
import { isCleanText, asTypedText } from '$lib/forms/text';
import { askedGiven } from './follow-ups';
import type { Question, Template } from './types';

/** Error codes, turned into words a 9-year-old understands by the form. */
type AnswerError = 'required' | 'too_long' | 'choose_one' | 'bad_characters';

/** Blank boxes are "not answered", not an empty string. */
const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

function fieldSchema(question: Question): z.ZodType {
	let field: z.ZodType;
	switch (question.type) {
		case 'text':
			field = z
				.string({ error: 'choose_one' })
				.overwrite(asTypedText)
				.trim()
				.max(question.maxLength, { error: 'too_long' })
				.refine(isCleanText, { error: 'bad_characters' });
			break;
		case 'face':
			field = z.coerce
				.number({ error: 'choose_one' })
				.int({ error: 'choose_one' })
				.min(1, { error: 'choose_one' })
				.max(5, { error: 'choose_one' });
			break;
		case 'choice':
			field = z.enum(question.options as [string, ...string[]], { error: 'choose_one' });
			break;
		case 'choices': {
			// Ticked boxes arrive joined by commas (see joinRepeated); each must be one of the options.
			const options = question.options;
			field = z
				.string({ error: 'choose_one' })
				.refine((v) => v.split(',').every((one) => options.includes(one)), {
					error: 'choose_one'
				});
			break;
		}
		case 'yes_no':
			field = z.enum(['yes', 'no'], { error: 'choose_one' });
			break;
		case 'meeting':
			// Which meetings are the young person's own is checked against the database.
			field = z
				.string({ error: 'choose_one' })
				.min(1, { error: 'choose_one' })
				.max(40, { error: 'choose_one' });
			break;
	}
	return z.preprocess(blankToUndefined, question.required ? field : field.optional());
}

const simpleQuestions = new WeakMap<Template, readonly Question[]>();

/**
 * Questions asked in a mode: simple mode asks only those marked simple (and
 * there a `simpleOptional` one may be left blank); the full form asks all but
 * the simple form's own picture answers.
 */
export function questionsFor(template: Template, simple: boolean): readonly Question[] {
	if (!simple) return template.questions.filter((q) => !q.simpleOnly);
	let asked = simpleQuestions.get(template);
	if (!asked) {
		asked = template.questions
			.filter((q) => q.simple || q.simpleOnly)
			.map((q) => (q.simpleOptional ? { ...q, required: false } : q));
		simpleQuestions.set(template, asked);
	}
	return asked;
}

/**
 * The simple form a young person meets with a draft: the simple questions, and
 * any question only the full form asks whose answer the draft already holds
 * (written on the full form before simple mode was turned on). Those are asked
 * again in simple mode, in the template's order, shown on "Ready to send?" and
 * sent, never dropped; each may be emptied there, as simple mode never asks it
 * (ADR 16). With none kept, the template itself, so its schemas stay built once.
 */
export function simpleFormKeeping(template: Template, kept: Record<string, unknown>): Template {
	const asked = new Set(questionsFor(template, true).map((q) => q.id));
	const extra = new Set(
		template.questions
			.filter((q) => !asked.has(q.id) && blankToUndefined(kept[q.id] ?? '') !== undefined)
			.map((q) => q.id)
	);
	if (extra.size === 0) return template;
	return {
		...template,
		questions: template.questions.map((q) =>
			extra.has(q.id) ? { ...q, simple: true, required: false } : q
		)
	};
}

/** A form's repeated names (ticked boxes) as one comma-joined value; everything else as sent. */
export function joinRepeated(form: FormData): Record<string, unknown> {
	const values: Record<string, unknown> = {};
	for (const key of new Set(form.keys())) {
		const all = form.getAll(key);
		values[key] = all.length > 1 ? all.map(String).join(',') : all[0];
	}
	return values;
}

/**
 * The simple form's steps, one question a page, given the answers so far: a follow-up that does
 * not apply is no step ("Which language?" after "No, thank you").
 */
export function stepsFor(template: Template, answers: Record<string, unknown>): Question[] {
	return askedGiven(questionsFor(template, true), answers);
}

const schemas = new WeakMap<Template, Map<string, z.ZodObject<Record<string, z.ZodType>>>>();

/**
 * The zod schema for a template's answers, derived from the same data the form is drawn from,
 * so the two can never disagree. Given the answers, a follow-up that does not apply is no part
 * of it: the server never keeps an answer to a question that was not asked, whatever a page
 * without JavaScript sent. Unknown keys are dropped.
 */
export function answersSchema(
	template: Template,
	simple = false,
	answers?: Record<string, unknown>
) {
	const all = questionsFor(template, simple);
	const asked = answers ? askedGiven(all, answers) : all;
	// Built once per template, mode and set of follow-ups asked: templates never change once
	// published (a change is a new version), and zod compiles a schema's checks on first use, so a
	// fresh one each time paid for both on every statement sent.
	const key = `${simple}:${asked.map((q) => q.id).join(',')}`;
	const built = schemas.get(template) ?? schemas.set(template, new Map()).get(template)!;
	let schema = built.get(key);
	if (!schema) {
		const shape: Record<string, z.ZodType> = {};
		for (const question of asked) shape[question.id] = fieldSchema(question);
		built.set(key, (schema = z.object(shape)));
	}
	return schema;
}

type ParsedAnswers =
	| { ok: true; answers: Record<string, string | number> }
	| { ok: false; errors: Record<string, AnswerError> };

export function parseAnswers(
	template: Template,
	input: Record<string, unknown>,
	simple = false
): ParsedAnswers {
	const result = answersSchema(template, simple, input).safeParse(input);
	if (result.success) return { ok: true, answers: result.data as Record<string, string | number> };
	const errors: Record<string, AnswerError> = {};
	for (const issue of result.error.issues) {
		const key = String(issue.path[0]);
		// A required question left blank is "please answer", not "wrong answer".
		const blank = blankToUndefined(input[key]) === undefined;
		errors[key] ??= blank
			? 'required'
			: ((['too_long', 'bad_characters'].includes(issue.message)
					? issue.message
					: 'choose_one') as AnswerError);
	}
	return { ok: false, errors };
}
