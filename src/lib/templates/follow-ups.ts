import type { FollowUp } from './types';

/*
 * Follow-up questions: "Which language?" only after "Yes" to an interpreter. One rule for the
 * server, which is the authority (a page may run without JavaScript and send every box), and for
 * the page, which hides a follow-up the moment it no longer applies. Plain functions with no
 * imports but types, so the browser can run them too.
 */

interface Asked {
	id: string;
	when?: FollowUp;
}

/** An answer as the words it holds: ticked boxes arrive joined by commas. */
function picked(value: unknown): string[] {
	if (value === undefined || value === null) return [];
	const words = String(value).trim();
	return words === '' ? [] : words.split(',');
}

/** Whether a follow-up applies, given the answer to the question it follows. */
export function followUpApplies(when: FollowUp, answer: unknown): boolean {
	const chosen = picked(answer);
	if ('oneOf' in when) return chosen.some((one) => when.oneOf.includes(one));
	return !chosen.some((one) => when.noneOf.includes(one));
}

/**
 * The questions of a form that are asked, given its answers so far, in the form's order. A
 * follow-up whose earlier question is on this form is asked only while that answer makes it
 * apply; one left out counts as blank for its own follow-ups, so "Another language: which?"
 * goes when "Do you want an interpreter?" turns to "No".
 */
export function askedGiven<Q extends Asked>(
	questions: readonly Q[],
	answers: Record<string, unknown>
): Q[] {
	const onForm = new Set(questions.map((q) => q.id));
	const asked = new Set<string>();
	return questions.filter((question) => {
		const when = question.when;
		if (when && onForm.has(when.question)) {
			const answer = asked.has(when.question) ? answers[when.question] : undefined;
			if (!followUpApplies(when, answer)) return false;
		}
		asked.add(question.id);
		return true;
	});
}

/**
 * The answers without those to follow-ups that no longer apply: a language picked before
 * "No, thank you" is neither kept nor sent. Answers that are not questions of this form (the
 * kind and day of a meeting not on the list) are the caller's, and pass through.
 */
export function keepAsked<A extends Record<string, unknown>>(
	questions: readonly Asked[],
	answers: A
): A {
	const asked = new Set(askedGiven(questions, answers).map((q) => q.id));
	const notAsked = new Set(questions.filter((q) => !asked.has(q.id)).map((q) => q.id));
	return Object.fromEntries(Object.entries(answers).filter(([id]) => !notAsked.has(id))) as A;
}
