import { asc, eq } from 'drizzle-orm';
import { currentTemplate } from '$lib/templates';
import { describeAnswers } from '$lib/templates/describe';
import type { StatementKind } from '$lib/vocabulary';
import { db } from '../db';
import { chosenQuotes, drafts, sessions, statements, users, youngPeople } from '../db/schema';

/*
 * What else Heard holds about one young person, for a subject-access export beside their
 * statements: a lead's quotes of their words, what they have not sent yet, and where they are
 * signed in.
 */

/** Their words as a participation lead chose to quote them in reports (however edited). */
export async function quotesOf(youngPersonId: string) {
	return await db()
		.select({
			statementId: chosenQuotes.statementId,
			quote: chosenQuotes.quote,
			chosenBy: users.displayName,
			chosenAt: chosenQuotes.createdAt
		})
		.from(chosenQuotes)
		.innerJoin(statements, eq(statements.id, chosenQuotes.statementId))
		.innerJoin(users, eq(users.id, chosenQuotes.chosenBy))
		.where(eq(statements.youngPersonId, youngPersonId))
		.orderBy(asc(chosenQuotes.createdAt));
}

/** Forms they began and kept to finish later: the words as kept, not yet sent to anyone. */
export async function draftsOf(youngPersonId: string) {
	const kept = await db()
		.select({ kind: drafts.templateId, answers: drafts.answers, updatedAt: drafts.updatedAt })
		.from(drafts)
		.where(eq(drafts.youngPersonId, youngPersonId))
		.orderBy(asc(drafts.updatedAt));
	// A draft is kept for a kind's current form (its template id is the kind): read as that form asks.
	return kept.map(({ kind, answers, updatedAt }) => ({
		kind: kind as StatementKind,
		updatedAt,
		answers: describeAnswers(kind, currentTemplate(kind as StatementKind).version, answers)
			.filter((a) => a.answered)
			.map(({ questionId, question, answer }) => ({ questionId, question, answer }))
	}));
}

/** Where their account is signed in, as the coarse words kept at sign-in (ADR 29). */
export async function sessionsOf(youngPersonId: string) {
	return await db()
		.select({
			deviceKind: sessions.deviceKind,
			browser: sessions.browser,
			system: sessions.system,
			signedInAt: sessions.createdAt,
			lastUsedAt: sessions.lastUsedAt,
			expiresAt: sessions.expiresAt
		})
		.from(sessions)
		.innerJoin(youngPeople, eq(youngPeople.userId, sessions.userId))
		.where(eq(youngPeople.id, youngPersonId))
		.orderBy(asc(sessions.createdAt));
}
