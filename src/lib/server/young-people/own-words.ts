import { and, eq } from 'drizzle-orm';
import { shortDate } from '$lib/dates';
import { recordAuditEvent, recordAuditEventAlone } from '../audit';
import { db } from '../db';
import { replies, statements } from '../db/schema';
import { notifyYoungPersonReplied } from '../notifications/notify';
import { statementsInWords, type StatementInWords } from './words';

/** "Download my words": everything they said and every answer, and an audit event saying they took a copy. */
export function takeOwnWords(
	youngPersonId: string,
	userId: string,
	format: 'page' | 'text',
	now = new Date()
) {
	recordAuditEventAlone(
		{
			actorId: userId,
			action: 'own_words_downloaded',
			subjectType: 'young_person',
			subjectId: youngPersonId,
			youngPersonId,
			detail: { format }
		},
		now
	);
	return statementsInWords(youngPersonId);
}

/** The same, as plain text a child can open on any phone. Labels come from the caller, in the page's words. */
export function ownWordsAsText(
	said: StatementInWords[],
	labels: { title: string; you: string; outcome: string; removed: string; voice: string }
): string {
	const lines = [labels.title, ''];
	for (const s of said) {
		lines.push(`== ${s.what} · ${shortDate(s.sentAt)} ==`);
		if (s.anonymisedAt) lines.push(labels.removed);
		for (const a of s.answers) {
			lines.push(`${a.question}`);
			if (a.answer) lines.push(`  ${a.answer}`);
			if (a.voice) lines.push(`  ${a.voice}. ${labels.voice}`);
		}
		for (const r of s.replies)
			lines.push(`${r.fromYoungPerson ? labels.you : r.from} (${shortDate(r.at)}): ${r.body}`);
		if (s.outcome) lines.push(`${labels.outcome}: ${s.outcome.decision}. ${s.outcome.explanation}`);
		lines.push('');
	}
	return lines.join('\n');
}

type CorrectionRequest = {
	youngPersonId: string;
	authorId: string;
	statementId: string;
	body: string;
};

/**
 * A young person asks for something to be corrected: a reply in the
 * statement's thread, flagged, so it reaches their worker like any answer
 * back (see docs/adr/0004-correction-requests.md).
 */
export function requestCorrection(
	{ youngPersonId, authorId: userId, statementId, body }: CorrectionRequest,
	now = new Date()
): 'ok' | 'not_found' {
	const own = db()
		.select({ id: statements.id })
		.from(statements)
		.where(and(eq(statements.id, statementId), eq(statements.youngPersonId, youngPersonId)))
		.get();
	if (!own) return 'not_found';
	db().transaction((tx) => {
		tx.insert(replies)
			.values({ statementId, authorId: userId, body, isCorrectionRequest: true, createdAt: now })
			.run();
		recordAuditEvent(
			tx,
			{
				actorId: userId,
				action: 'correction_requested',
				subjectType: 'statement',
				subjectId: statementId,
				youngPersonId
			},
			now
		);
		notifyYoungPersonReplied(tx, statementId, now);
	});
	return 'ok';
}
