import { m } from '$lib/paraglide/messages.js';
import { interpreterRequestOf } from '$lib/templates/answer-map';
import { optionLabel } from '$lib/templates/words';
import { findTemplate } from '$lib/templates';

/** What staff are shown of an interpreter request: whether, and the language in words. */
export interface InterpreterAsked {
	wanted: 'yes' | 'not_sure';
	/** The language chosen, or the one the young person named in their own words; null if neither. */
	language: string | null;
}

interface ViewsBefore {
	templateId: string;
	templateVersion: number;
	answers: Record<string, unknown>;
	anonymisedAt: Date | null;
}

/** The interpreter the views before a meeting ask for, if they do (none once retention took the words). */
export function interpreterAsked(s: ViewsBefore): InterpreterAsked | null {
	if (s.anonymisedAt) return null;
	const request = interpreterRequestOf(s.templateId, s.templateVersion, s.answers);
	if (!request) return null;
	const chosen =
		request.language && request.language !== 'another'
			? optionLabel({ id: 'interpreter_language' }, request.language)
			: null;
	return { wanted: request.wanted, language: chosen ?? request.other };
}

/** The same as one line for the text record and meeting pack. */
export function interpreterLine(asked: InterpreterAsked): string {
	const wanted =
		asked.wanted === 'yes' ? m.staff_interpreter_yes() : m.staff_interpreter_not_sure();
	const language = asked.language
		? m.staff_interpreter_language({ language: asked.language })
		: m.staff_interpreter_no_language();
	return `${wanted}. ${language}`;
}

/**
 * For a meeting: what the latest views before it that asked about an interpreter said, so a
 * later "no, thank you" takes back an earlier "yes".
 */
export function interpreterForMeeting(statements: ViewsBefore[]): InterpreterAsked | null {
	const latest = statements.findLast(
		(s) => findTemplate(s.templateId, s.templateVersion)?.answersFor.interpreter !== undefined
	);
	return latest ? interpreterAsked(latest) : null;
}
