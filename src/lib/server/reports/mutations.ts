import { and, eq, isNull } from 'drizzle-orm';
import type { YouSaidStatus } from '$lib/vocabulary';
import { recordAuditEvent, sentBeforeWithKey } from '../audit';
import { transaction } from '../db';
import { chosenQuotes, statements, youSaidWeDid } from '../db/schema';
import { rowsChanged, theRow } from '../db/rows';

interface YouSaidWeDidInput {
	youSaid: string;
	weDid: string;
	status: YouSaidStatus;
}

/** The form's key: sent twice, it makes one entry, and gives back its id. */
export async function createYouSaidWeDid(
	actorId: string,
	input: YouSaidWeDidInput,
	key?: string,
	now = new Date()
): Promise<string> {
	return await transaction(async (tx) => {
		const earlier = key
			? await sentBeforeWithKey(tx, 'you_said_we_did_created', { actorId }, key)
			: null;
		if (earlier) return earlier;
		const id = theRow(
			await tx
				.insert(youSaidWeDid)
				.values({ ...input, createdBy: actorId, createdAt: now, updatedAt: now })
				.returning()
		).id;
		await recordAuditEvent(
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
export async function updateYouSaidWeDid(
	actorId: string,
	id: string,
	input: YouSaidWeDidInput,
	now = new Date()
): Promise<boolean> {
	return await transaction(async (tx) => {
		const changed = rowsChanged(
			await tx
				.update(youSaidWeDid)
				.set({ ...input, updatedAt: now })
				.where(eq(youSaidWeDid.id, id))
		);
		if (changed === 0) return false;
		await recordAuditEvent(
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
export async function setYouSaidWeDidPublished(
	actorId: string,
	id: string,
	published: boolean,
	now = new Date()
): Promise<boolean> {
	return await transaction(async (tx) => {
		const changed = rowsChanged(
			await tx
				.update(youSaidWeDid)
				.set({ publishedAt: published ? now : null, updatedAt: now })
				.where(eq(youSaidWeDid.id, id))
		);
		if (changed === 0) return false;
		await recordAuditEvent(
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
export async function chooseQuote(
	actorId: string,
	statementId: string,
	quote: string,
	now = new Date()
): Promise<'chosen' | 'not_allowed'> {
	return await transaction(async (tx) => {
		const allowed = (
			await tx
				.select({ id: statements.id })
				.from(statements)
				.where(
					and(
						eq(statements.id, statementId),
						eq(statements.consentToShare, true),
						isNull(statements.anonymisedAt)
					)
				)
				.limit(1)
		)[0];
		if (!allowed) return 'not_allowed';
		const kept = (
			await tx
				.select({ id: chosenQuotes.id })
				.from(chosenQuotes)
				.where(and(eq(chosenQuotes.statementId, statementId), eq(chosenQuotes.quote, quote)))
				.limit(1)
		)[0];
		if (kept) return 'chosen';
		const id = theRow(
			await tx
				.insert(chosenQuotes)
				.values({ statementId, quote, chosenBy: actorId, createdAt: now })
				.returning()
		).id;
		// The young person's id is left out on purpose: the lead's trail must not link a quote to a child.
		await recordAuditEvent(
			tx,
			{ actorId, action: 'quote_chosen', subjectType: 'chosen_quote', subjectId: id },
			now
		);
		return 'chosen';
	});
}

export async function removeQuote(actorId: string, id: string, now = new Date()): Promise<boolean> {
	return await transaction(async (tx) => {
		const changed = rowsChanged(await tx.delete(chosenQuotes).where(eq(chosenQuotes.id, id)));
		if (changed === 0) return false;
		await recordAuditEvent(
			tx,
			{ actorId, action: 'quote_removed', subjectType: 'chosen_quote', subjectId: id },
			now
		);
		return true;
	});
}

export async function recordReportExport(
	actorId: string,
	format: 'csv' | 'print' | 'children',
	query: string,
	now = new Date()
): Promise<void> {
	await transaction(
		async (tx) =>
			await recordAuditEvent(
				tx,
				{ actorId, action: 'report_exported', subjectType: 'report', detail: { format, query } },
				now
			)
	);
}
