import { and, eq, isNull } from 'drizzle-orm';
import type { YouSaidStatus } from '$lib/vocabulary';
import { recordAuditEvent, sentBeforeWithKey } from '../audit';
import { db } from '../db';
import { chosenQuotes, statements, youSaidWeDid } from '../db/schema';

interface YouSaidWeDidInput {
	youSaid: string;
	weDid: string;
	status: YouSaidStatus;
}

/** The form's key: sent twice, it makes one entry, and gives back its id. */
export function createYouSaidWeDid(
	actorId: string,
	input: YouSaidWeDidInput,
	key?: string,
	now = new Date()
): string {
	return db().transaction((tx) => {
		const earlier = key ? sentBeforeWithKey(tx, 'you_said_we_did_created', { actorId }, key) : null;
		if (earlier) return earlier;
		const id = tx
			.insert(youSaidWeDid)
			.values({ ...input, createdBy: actorId, createdAt: now, updatedAt: now })
			.returning()
			.get().id;
		recordAuditEvent(
			tx,
			{
				actorId,
				action: 'you_said_we_did_created',
				subjectType: 'you_said_we_did',
				subjectId: id,
				detail: key ? { status: input.status, key } : { status: input.status }
			},
			now
		);
		return id;
	});
}

/** Returns false when there is no such entry. */
export function updateYouSaidWeDid(
	actorId: string,
	id: string,
	input: YouSaidWeDidInput,
	now = new Date()
): boolean {
	return db().transaction((tx) => {
		const changed = tx
			.update(youSaidWeDid)
			.set({ ...input, updatedAt: now })
			.where(eq(youSaidWeDid.id, id))
			.run().changes;
		if (changed === 0) return false;
		recordAuditEvent(
			tx,
			{
				actorId,
				action: 'you_said_we_did_updated',
				subjectType: 'you_said_we_did',
				subjectId: id,
				detail: { status: input.status }
			},
			now
		);
		return true;
	});
}

/** Publishing shows the entry to every young person on their "You said, we did" page. */
export function setYouSaidWeDidPublished(
	actorId: string,
	id: string,
	published: boolean,
	now = new Date()
): boolean {
	return db().transaction((tx) => {
		const changed = tx
			.update(youSaidWeDid)
			.set({ publishedAt: published ? now : null, updatedAt: now })
			.where(eq(youSaidWeDid.id, id))
			.run().changes;
		if (changed === 0) return false;
		recordAuditEvent(
			tx,
			{
				actorId,
				action: published ? 'you_said_we_did_published' : 'you_said_we_did_unpublished',
				subjectType: 'you_said_we_did',
				subjectId: id
			},
			now
		);
		return true;
	});
}

/**
 * Keeps a quote, in the lead's edited words, only if the young person
 * consented to share and the statement has not been anonymised; the check is
 * in the same transaction as the insert. The same words for the same statement, chosen again
 * (a double click, a resent form), are the same choice: kept once, with no form key needed.
 */
export function chooseQuote(
	actorId: string,
	statementId: string,
	quote: string,
	now = new Date()
): 'chosen' | 'not_allowed' {
	return db().transaction((tx) => {
		const allowed = tx
			.select({ id: statements.id })
			.from(statements)
			.where(
				and(
					eq(statements.id, statementId),
					eq(statements.consentToShare, true),
					isNull(statements.anonymisedAt)
				)
			)
			.get();
		if (!allowed) return 'not_allowed';
		const kept = tx
			.select({ id: chosenQuotes.id })
			.from(chosenQuotes)
			.where(and(eq(chosenQuotes.statementId, statementId), eq(chosenQuotes.quote, quote)))
			.get();
		if (kept) return 'chosen';
		const id = tx
			.insert(chosenQuotes)
			.values({ statementId, quote, chosenBy: actorId, createdAt: now })
			.returning()
			.get().id;
		// The young person's id is left out on purpose: the lead's trail must not link a quote to a child.
		recordAuditEvent(
			tx,
			{ actorId, action: 'quote_chosen', subjectType: 'chosen_quote', subjectId: id },
			now
		);
		return 'chosen';
	});
}

export function removeQuote(actorId: string, id: string, now = new Date()): boolean {
	return db().transaction((tx) => {
		const changed = tx.delete(chosenQuotes).where(eq(chosenQuotes.id, id)).run().changes;
		if (changed === 0) return false;
		recordAuditEvent(
			tx,
			{ actorId, action: 'quote_removed', subjectType: 'chosen_quote', subjectId: id },
			now
		);
		return true;
	});
}

export function recordReportExport(
	actorId: string,
	format: 'csv' | 'print' | 'children',
	query: string,
	now = new Date()
): void {
	db().transaction((tx) =>
		recordAuditEvent(
			tx,
			{ actorId, action: 'report_exported', subjectType: 'report', detail: { format, query } },
			now
		)
	);
}
