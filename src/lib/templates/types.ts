import type { PictureName } from '$lib/pictures';
import type { SHANARRI_AREAS, StatementKind } from '$lib/vocabulary';

export type ShanarriArea = (typeof SHANARRI_AREAS)[number];

/**
 * A question in a statement template. Labels are message keys, resolved on
 * the server, so a template's words live in the catalogue with every other
 * string and old statements render with the words they were asked in.
 */
export type Question = AskedIn &
	(
		| { id: string; type: 'text'; maxLength: number }
		| { id: string; type: 'face'; urgentAtOrBelow?: number }
		| { id: string; type: 'choice'; options: readonly string[] }
		/** Any number of the options: "who do you want there?" */
		| { id: string; type: 'choices'; options: readonly string[] }
		| { id: string; type: 'yes_no' }
		| { id: string; type: 'meeting' }
	);

/** Which forms ask a question, and whether it must be answered there. */
interface AskedIn {
	required?: boolean;
	/** Asked on the simple form too (the full form asks every question but `simpleOnly` ones). */
	simple?: boolean;
	/** A picture answer standing in for words: asked on the simple form alone. */
	simpleOnly?: boolean;
	/** Required on the full form; on the simple form a picture answer before it says enough. */
	simpleOptional?: boolean;
	/** A follow-up: asked only while an earlier question's answer makes it apply (follow-ups.ts). */
	when?: FollowUp;
}

/**
 * The answer an earlier question must have for a follow-up to be asked: one of `oneOf`, or
 * anything but `noneOf` (left blank included). Where the form does not ask that earlier
 * question at all, the follow-up is asked as any other question.
 */
export type FollowUp =
	{ question: string; oneOf: readonly string[] } | { question: string; noneOf: readonly string[] };

export interface Template {
	id: string;
	version: number;
	kind: StatementKind;
	/** Statements of this kind are urgent whatever the answers. */
	alwaysUrgent?: boolean;
	/**
	 * A child in crisis: help contacts come before the first question, and the
	 * form offers neither sharing the words nor finishing later.
	 */
	crisis?: boolean;
	/** Statements of this kind stay open until a worker records an outcome. */
	needsOutcome?: boolean;
	/** Only offered to care leavers and young people over 15. */
	forCareLeavers?: boolean;
	questions: readonly Question[];
	/** Where the rest of Heard finds an answer in this template's questions (answer-map.ts). */
	answersFor: AnswerMap;
}

/**
 * The question ids a template names for what reports, the case record and the
 * stored columns read from its answers. Nothing outside a template names one
 * of its questions: a new version that renames a question changes its map.
 */
export interface AnswerMap {
	/** The question naming the meeting the views are for. */
	meeting?: string;
	/** The make-a-change category, kept beside the answers for reports. */
	changeCategory?: string;
	/** "How I'm feeling": the face question for each wellbeing area. */
	wellbeing?: Readonly<Record<ShanarriArea, string>>;
	/** The written answers a shared quote may come from, the first written one first. */
	quote?: readonly string[];
	/** What the young person asked for before a meeting: after it, each is agreed or not. */
	requests?: readonly string[];
	/** Before a meeting: whether they want an interpreter there, the language, another one named. */
	interpreter?: { wanted: string; language: string; other: string };
}

export type Answers = Record<string, string | number | boolean | null>;

export interface FieldOption {
	value: string;
	label: string;
	/** Heard's own picture for the answer, drawn beside its words. */
	picture?: PictureName;
}

/** What a page needs to draw one question: every word already resolved on the server. */
export interface FieldModel {
	id: string;
	type: Question['type'];
	label: string;
	hint?: string;
	required: boolean;
	maxLength?: number;
	options: FieldOption[];
	picture?: PictureName;
	/** Asked only while an earlier answer makes it apply: the page hides it otherwise. */
	when?: FollowUp;
	/** What "please answer" says at this question, where it needs its own kind words. */
	requiredWords?: string;
}

/** What a statement form's actions send back: kept values, error codes, or "saved". */
export interface StatementFormState {
	values?: Record<string, string>;
	errors?: Record<string, string>;
	formError?: string;
	/** A fresh form key after a refused send, so sending again makes a new statement. */
	idempotencyKey?: string;
	saved?: boolean;
	step?: number;
}

/** What the say form is drawn from, as its page loads it (StatementForm.svelte). */
export interface StatementFormData {
	kind: string;
	fields: FieldModel[];
	values: Record<string, string>;
	meetingTypeLabels: Record<string, string>;
	restored: boolean;
	step: number;
	/** Came to change one answer from "Ready to send?": the next tap goes back there. */
	returnToReview?: boolean;
	idempotencyKey: string;
	/** A worry: who to call comes first; no sharing, no finishing later. */
	crisis?: boolean;
	/** An out-of-hours team is set up: only then does the worry form promise help at night. */
	outOfHoursHelp?: boolean;
	helpContacts?: { name: string; number: string; when: string }[];
	me: { id: string; simpleMode: boolean; readAloud: boolean; workerFirstName: string | null };
	/** The young person's own form: words questions may be answered by voice (ADR 37). */
	voice?: { questions: string[]; kept: { questionId: string; durationMs: number | null }[] };
}
