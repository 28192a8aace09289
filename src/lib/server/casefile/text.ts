import { m } from '$lib/paraglide/messages.js';
import { dateTime } from '$lib/dates';
import { decisionLabel, kindLabel } from '$lib/words/statements';
import type { StatementKind, OutcomeDecision } from '$lib/vocabulary';
import { voiceNoteWords } from '$lib/words/voice';
import { writtenInWords } from '$lib/words/lists';
import { interpreterAsked, interpreterLine } from '../statements/interpreter';

/**
 * Plain text for pasting into a case management system: labelled lines a
 * case recorder can read, no markup, the young person's words unchanged.
 */
interface TextStatement {
	statement: {
		kind: StatementKind;
		sentAt: Date;
		firstReadAt: Date | null;
		language: string | null;
		templateId: string;
		templateVersion: number;
		answers: Record<string, unknown>;
		anonymisedAt: Date | null;
	};
	answers: {
		question: string;
		answer: string;
		answered?: boolean;
		voice?: { durationMs: number | null } | null;
	}[];
	thread: {
		author: string;
		fromYoungPerson: boolean;
		createdAt: Date;
		body: string;
		isDecision: boolean;
	}[];
	outcome: { decision: OutcomeDecision; explanation: string; by: string; recordedAt: Date } | null;
	meetingWords?: string | null;
}

export function statementAsText(s: TextStatement, name: string): string {
	const lines = [
		`${m.staff_text_kind()}: ${kindLabel(s.statement.kind)}`,
		`${m.staff_text_sent()}: ${dateTime(s.statement.sentAt)}`
	];
	if (s.meetingWords) lines.push(`${m.staff_text_meeting()}: ${s.meetingWords}`);
	const writtenIn = writtenInWords(s.statement.language);
	if (writtenIn) lines.push(`${m.staff_text_language()}: ${writtenIn}`);
	const interpreter = interpreterAsked(s.statement);
	if (interpreter) lines.push(`${m.staff_text_interpreter()}: ${interpreterLine(interpreter)}`);
	lines.push(
		`${m.staff_text_read()}: ${s.statement.firstReadAt ? dateTime(s.statement.firstReadAt) : m.staff_text_none()}`,
		''
	);
	for (const a of s.answers) {
		lines.push(`${a.question}`);
		if (a.answered !== false || !a.voice) lines.push(`  ${a.answer.replace(/\n/g, '\n  ')}`);
		// A recording cannot be pasted: the record says there is one, how long, and where to hear it.
		if (a.voice)
			lines.push(`  ${m.staff_voice_in_export({ note: voiceNoteWords(a.voice.durationMs) })}`);
	}
	lines.push('', `${m.staff_text_replies()}:`);
	if (s.thread.length === 0) lines.push(`  ${m.staff_text_none()}`);
	for (const r of s.thread) {
		const who = r.fromYoungPerson ? m.staff_thread_young_person({ name }) : r.author;
		lines.push(
			`  ${dateTime(r.createdAt)}, ${who}${r.isDecision ? ` (${m.staff_decision_badge()})` : ''}:`,
			`  ${r.body.replace(/\n/g, '\n  ')}`
		);
	}
	if (s.outcome) {
		lines.push(
			'',
			`${m.staff_text_outcome()}: ${decisionLabel(s.outcome.decision)} (${s.outcome.by}, ${dateTime(s.outcome.recordedAt)})`,
			`  ${s.outcome.explanation.replace(/\n/g, '\n  ')}`
		);
	}
	return lines.join('\n');
}

export function caseRecordText(
	person: { preferredName: string; caseReference: string },
	statements: TextStatement[],
	exportedBy: string,
	now: Date
): string {
	const head = [
		m.staff_text_heading(),
		`${m.staff_text_young_person()}: ${person.preferredName}`,
		`${m.staff_text_case_reference()}: ${person.caseReference}`,
		m.staff_text_exported({ name: exportedBy, date: dateTime(now) })
	];
	const body = statements.map((s) => statementAsText(s, person.preferredName));
	return (
		[...head, '', ...body.flatMap((b) => ['----------------------------------------', b, ''])].join(
			'\n'
		) + '\n'
	);
}
