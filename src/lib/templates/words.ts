import * as catalogue from '$lib/paraglide/messages/_index.js';
import { currentLocale, type Locale } from '$lib/locale';
import { pictureForOption, type PictureName } from '$lib/pictures';
import type { Question, Template } from './types';

/**
 * Template words are looked up by key (q_<template>_<question>, opt_…), so
 * templates stay plain data; src/lib/words/catalogue.test.ts checks every key
 * a template builds exists. This module pulls in the whole catalogue: import
 * it only from server code, which sends pages the resolved strings.
 */
type Message = (params: Record<string, unknown>, options: { locale: Locale }) => string;
const messages = catalogue as unknown as Record<string, Message | undefined>;

export function word(
	key: string,
	params: Record<string, unknown> = {},
	locale: Locale = currentLocale()
): string | undefined {
	return messages[key]?.(params, { locale });
}

export function questionLabel(
	template: Template,
	question: Question,
	simple = false,
	locale: Locale = currentLocale()
): string {
	const base = `${template.id}_${question.id}`;
	return (simple && word(`qs_${base}`, {}, locale)) || word(`q_${base}`, {}, locale) || question.id;
}

export function questionHint(
	template: Template,
	question: Question,
	locale: Locale = currentLocale()
): string | undefined {
	return word(`qh_${template.id}_${question.id}`, {}, locale);
}

/** The words for one option of a choice question; option lists are shared by name. */
export function optionLabel(
	question: Pick<Question, 'id'>,
	option: string,
	locale: Locale = currentLocale()
): string {
	return word(`opt_${question.id}_${option}`, {}, locale) ?? option;
}

export function faceLabel(
	score: number,
	locale: Locale = currentLocale()
): { picture: PictureName | undefined; words: string } {
	return {
		picture: pictureForOption({ id: 'face', type: 'face' }, String(score)),
		words: word(`face_${score}`, {}, locale) ?? String(score)
	};
}
