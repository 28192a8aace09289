import { and, asc, desc, eq, gte, isNotNull, isNull, lt } from 'drizzle-orm';
import { TEMPLATES, type Template } from '$lib/templates';
import { db } from '../db';
import { preparedOnce } from '../db/prepared';
import { onPostgres } from '../db/engine';
import { quoteWordsSql } from './answers';
import { readOnce } from './session';
import { chosenQuotes, statements, teams, youSaidWeDid } from '../db/schema';

export async function listTeams() {
	return await db().select({ id: teams.id, name: teams.name }).from(teams).orderBy(asc(teams.name));
}

export async function listYouSaidWeDid() {
	return await db().select().from(youSaidWeDid).orderBy(desc(youSaidWeDid.updatedAt));
}

export async function findYouSaidWeDid(id: string) {
	return (await db().select().from(youSaidWeDid).where(eq(youSaidWeDid.id, id)).limit(1))[0];
}

/** What young people see: only entries the lead has published. */
export async function listPublishedYouSaidWeDid() {
	return await publishedYouSaidWeDid().all();
}

const publishedYouSaidWeDid = preparedOnce((database) =>
	database
		.select({
			id: youSaidWeDid.id,
			youSaid: youSaidWeDid.youSaid,
			weDid: youSaidWeDid.weDid,
			status: youSaidWeDid.status
		})
		.from(youSaidWeDid)
		.where(isNotNull(youSaidWeDid.publishedAt))
		.orderBy(desc(youSaidWeDid.publishedAt))
		.prepare()
);

/**
 * The words a young person agreed could be used without their name: one
 * free-text answer per consented statement (the first written of those its
 * template offers for a quote), cut short, with no name, case reference, date
 * to the day or link to the statement. The lead edits out anything
 * identifying before choosing it.
 */
export async function listQuoteCandidates(
	from: Date,
	to: Date,
	limit = 30,
	templates: readonly Template[] = TEMPLATES
) {
	// The month it was sent, in UTC, and whether the young person consented (a flag on either engine).
	const [month, consented] = onPostgres
		? [`to_char(s.sent_at AT TIME ZONE 'UTC', 'YYYY-MM')`, 's.consent_to_share = true']
		: [`strftime('%Y-%m', s.sent_at / 1000, 'unixepoch')`, 's.consent_to_share = 1'];
	const sql = `
		SELECT s.id, s.kind, ${month} AS month, substr(${quoteWordsSql(templates)}, 1, 280) AS words
		FROM statements s
		WHERE ${consented} AND s.anonymised_at IS NULL AND s.sent_at >= @from AND s.sent_at < @to
			AND NOT EXISTS (SELECT 1 FROM chosen_quotes q WHERE q.statement_id = s.id)
		ORDER BY s.sent_at DESC LIMIT @limit`;
	const candidates = await readOnce<{
		id: string;
		kind: string;
		month: string;
		words: string | null;
	}>(sql, { from, to, limit });
	return candidates.filter(
		(c): c is { id: string; kind: string; month: string; words: string } => !!c.words
	);
}

/** Chosen quotes for a period, as the lead edited them; consent is checked again in case it was withdrawn. */
export async function listChosenQuotes(from: Date, to: Date) {
	return await db()
		.select({ id: chosenQuotes.id, quote: chosenQuotes.quote, kind: statements.kind })
		.from(chosenQuotes)
		.innerJoin(statements, eq(statements.id, chosenQuotes.statementId))
		.where(
			and(
				eq(statements.consentToShare, true),
				isNull(statements.anonymisedAt),
				gte(statements.sentAt, from),
				lt(statements.sentAt, to)
			)
		)
		.orderBy(desc(chosenQuotes.createdAt));
}
