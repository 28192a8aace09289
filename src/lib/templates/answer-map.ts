import { SHANARRI_AREAS, type ChangeCategory } from '$lib/vocabulary';
import { findTemplate } from './index';
import type { AnswerMap, ShanarriArea, Template } from './types';

/*
 * Reading an answer by what it is for, through the map its template exports
 * (`answersFor`), never by a question id written elsewhere. Reports build
 * their SQL from the same maps (server/reports/answers.ts).
 */

function mapOf(templateId: string, version: number): AnswerMap {
	return findTemplate(templateId, version)?.answersFor ?? {};
}

/** The id of the question naming the meeting, where the template has one. */
export function meetingQuestionOf(templateId: string, version: number): string | undefined {
	return mapOf(templateId, version).meeting;
}

/** The questions whose answers are requests the meeting may agree to, in the template's order. */
export function requestQuestionsOf(templateId: string, version: number): readonly string[] {
	return mapOf(templateId, version).requests ?? [];
}

/** The make-a-change category chosen (the form checked it is one), kept beside the answers; null for other templates. */
export function changeCategoryOf(
	template: Template,
	answers: Record<string, unknown>
): ChangeCategory | null {
	const id = template.answersFor.changeCategory;
	return id === undefined ? null : ((answers[id] as ChangeCategory | undefined) ?? null);
}

/** A "How I'm feeling" statement's score (1–5) for each wellbeing area, null where not given. */
export function wellbeingScoresOf(
	templateId: string,
	version: number,
	answers: Record<string, unknown>
): Record<ShanarriArea, number | null> {
	const areas = mapOf(templateId, version).wellbeing;
	const score = (area: ShanarriArea) => {
		const v = areas ? Number(answers[areas[area]]) : NaN;
		return Number.isInteger(v) && v >= 1 && v <= 5 ? v : null;
	};
	return Object.fromEntries(SHANARRI_AREAS.map((area) => [area, score(area)])) as Record<
		ShanarriArea,
		number | null
	>;
}

export interface InterpreterRequest {
	/** 'yes' or 'not_sure': a "no" asks for nothing. */
	wanted: 'yes' | 'not_sure';
	/** One of the template's language options ('another' when they named one), null if none chosen. */
	language: string | null;
	/** The language they named themselves, in their own words. */
	other: string | null;
}

/** Whether the views before a meeting ask for an interpreter there, and in which language. */
export function interpreterRequestOf(
	templateId: string,
	version: number,
	answers: Record<string, unknown>
): InterpreterRequest | null {
	const asked = mapOf(templateId, version).interpreter;
	if (!asked) return null;
	const wanted = answers[asked.wanted];
	if (wanted !== 'yes' && wanted !== 'not_sure') return null;
	const text = (id: string) => {
		const value = answers[id];
		return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
	};
	return { wanted, language: text(asked.language), other: text(asked.other) };
}
