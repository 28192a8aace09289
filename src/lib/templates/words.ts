import * as catalogue from '$lib/paraglide/messages/_index.js';
import type { MeetingType } from '$lib/vocabulary';
import type { Question, Template } from './types';

/**
 * Template words are looked up by key (q_<template>_<question>, opt_…), so
 * templates stay plain data. This module pulls in the whole catalogue: import
 * it only from server code, which sends pages the resolved strings.
 */
type Message = (params?: Record<string, unknown>) => string;
const messages = catalogue as unknown as Record<string, Message | undefined>;

export function word(key: string, params?: Record<string, unknown>): string | undefined {
	return messages[key]?.(params);
}

export function questionLabel(template: Template, question: Question, simple = false): string {
	const base = `${template.id}_${question.id}`;
	return (simple && word(`qs_${base}`)) || word(`q_${base}`) || question.id;
}

export function questionHint(template: Template, question: Question): string | undefined {
	return word(`qh_${template.id}_${question.id}`);
}

/** The words for one option of a choice question; option lists are shared by name. */
export function optionLabel(question: Question, option: string): string {
	return word(`opt_${question.id}_${option}`) ?? option;
}

/** A picture for an option, where it has one, so a choice reads without reading every word. */
export function optionEmoji(question: Question, option: string): string | undefined {
	return word(`opt_emoji_${question.id}_${option}`);
}

export function faceLabel(score: number): { emoji: string; words: string } {
	return {
		emoji: word(`face_emoji_${score}`) ?? '',
		words: word(`face_${score}`) ?? String(score)
	};
}

export function meetingTypeLabel(type: MeetingType | string): string {
	return word(`meeting_type_${type}`) ?? type;
}
