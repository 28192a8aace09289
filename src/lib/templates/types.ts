import type { StatementKind } from '$lib/vocabulary';

/**
 * A question in a statement template. Labels are message keys, resolved on
 * the server, so a template's words live in the catalogue with every other
 * string and old statements render with the words they were asked in.
 */
export type Question =
	| { id: string; type: 'text'; maxLength: number; required?: boolean; simple?: boolean }
	| { id: string; type: 'face'; required?: boolean; simple?: boolean; urgentAtOrBelow?: number }
	| { id: string; type: 'choice'; options: readonly string[]; required?: boolean; simple?: boolean }
	| { id: string; type: 'yes_no'; required?: boolean; simple?: boolean }
	| { id: string; type: 'meeting'; required?: boolean; simple?: boolean };

export interface Template {
	id: string;
	version: number;
	kind: StatementKind;
	/** Statements of this kind are urgent whatever the answers. */
	alwaysUrgent?: boolean;
	/** Statements of this kind stay open until a worker records an outcome. */
	needsOutcome?: boolean;
	/** Only offered to care leavers and young people over 15. */
	forCareLeavers?: boolean;
	questions: readonly Question[];
}

export type Answers = Record<string, string | number | boolean | null>;
