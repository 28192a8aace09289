import { eq, sql } from 'drizzle-orm';
import type { Template } from '$lib/templates';
import { preparedOnce } from '../db/prepared';
import { statements } from '../db/schema';

/**
 * A form sent twice — a double tap, a retry after a dropped connection, a queue
 * resending — stores one statement. Each rendered form carries a key; a second
 * send with the same key is the same statement if it says the same thing. This
 * sits apart from the caseload reads so the send path loads only what it needs.
 */

/** What a resent form is compared on: the same key with the same words is a double tap. */
export const SENT_FIELDS = {
	id: statements.id,
	youngPersonId: statements.youngPersonId,
	templateId: statements.templateId,
	answers: statements.answers,
	consentToShare: statements.consentToShare,
	meetingId: statements.meetingId
};

/** Asked before every statement is stored. */
const sentWithKey = preparedOnce((database) =>
	database
		.select(SENT_FIELDS)
		.from(statements)
		.where(eq(statements.idempotencyKey, sql.placeholder('idempotencyKey')))
		.prepare()
);

/** The statement a form key was already used for, whoever sent it: the send form decides what to say. */
export function findStatementSentWithKey(idempotencyKey: string) {
	return sentWithKey().get({ idempotencyKey });
}

type Sent = {
	templateId: string;
	answers: unknown;
	consentToShare: boolean;
	meetingId: string | null;
};

/**
 * Answers as they are stored, in a fixed order: key order is not meaning, and a box left empty
 * (undefined, which storing drops) is the same whether it came in the form or not.
 */
const canonical = (answers: unknown) => {
	const asStored = JSON.parse(JSON.stringify(answers ?? {})) as Record<string, unknown>;
	return JSON.stringify(Object.entries(asStored).sort(([a], [b]) => a.localeCompare(b)));
};

/** Whether a resent form says exactly what the statement stored under its key says. */
export function isSameStatement(
	earlier: Sent,
	input: { template: Template; answers: unknown; consentToShare: boolean; meetingId: string | null }
): boolean {
	return (
		earlier.templateId === input.template.id &&
		earlier.consentToShare === input.consentToShare &&
		(earlier.meetingId ?? null) === (input.meetingId ?? null) &&
		canonical(earlier.answers) === canonical(input.answers)
	);
}
