import {
	and,
	asc,
	desc,
	eq,
	gt,
	gte,
	inArray,
	isNotNull,
	isNull,
	lt,
	lte,
	notExists,
	or,
	sql,
	type SQL
} from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { AgeBand } from '$lib/reports/filters';
import type { LegalStatus, PlacementType } from '$lib/vocabulary';
import { TEMPLATES, type Template } from '$lib/templates';
import { db } from '../db';
import { preparedOnce } from '../db/prepared';
import { onPostgres } from '../db/engine';
import { quoteWordsSql } from './answers';
import { chosenQuotes, statements, teams, youngPeople, youSaidWeDid } from '../db/schema';
import type { ChosenGroups } from './chosen-groups';

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
 * identifying before choosing it. Only the chosen groups' young people's, as a report for them.
 */
export async function listQuoteCandidates(
	from: Date,
	to: Date,
	{
		chosen = {},
		lastDay = dayBefore(to),
		limit = 30,
		templates = TEMPLATES
	}: {
		chosen?: ChosenGroups;
		lastDay?: string;
		limit?: number;
		templates?: readonly Template[];
	} = {}
) {
	// The month it was sent, in UTC; the answers are read through the templates as the alias `s`.
	const month = onPostgres
		? `to_char(s.sent_at AT TIME ZONE 'UTC', 'YYYY-MM')`
		: `strftime('%Y-%m', s.sent_at / 1000, 'unixepoch')`;
	const s = alias(statements, 's');
	const candidates = await db()
		.select({
			id: s.id,
			kind: s.kind,
			month: sql<string>`${sql.raw(month)}`,
			words: sql<string | null>`substr(${sql.raw(quoteWordsSql(templates))}, 1, 280)`
		})
		.from(s)
		.innerJoin(youngPeople, eq(youngPeople.id, s.youngPersonId))
		.where(
			and(
				eq(s.consentToShare, true),
				isNull(s.anonymisedAt),
				gte(s.sentAt, from),
				lt(s.sentAt, to),
				notExists(
					db()
						.select({ one: sql`1` })
						.from(chosenQuotes)
						.where(eq(chosenQuotes.statementId, s.id))
				),
				...inChosenGroups(chosen, lastDay)
			)
		)
		.orderBy(desc(s.sentAt))
		.limit(limit);
	return candidates.flatMap((c) => (c.words ? [{ ...c, words: c.words }] : []));
}

const dayBefore = (to: Date) => new Date(to.getTime() - 1).toISOString().slice(0, 10);

/**
 * The latest date of birth of someone at least `years` old on `day` (both YYYY-MM-DD): the
 * report works out age bands from date of birth at the period's last day, comparing the
 * month and day as text (scratch-rows.ts), and so does this, so the two agree on every band.
 */
const bornBy = (day: string, years: number) =>
	`${String(Number(day.slice(0, 4)) - years).padStart(4, '0')}${day.slice(4)}`;

/** The ages, in whole years, each band runs from and to (exclusive); as in scratch-rows.ts. */
const AGES: Record<AgeBand, [min: number, max: number | null]> = {
	under_12: [0, 12],
	'12_15': [12, 16],
	'16_17': [16, 18],
	'18_plus': [18, null]
};

/**
 * Chosen quotes for a period, as the lead edited them; consent is checked again in case it was
 * withdrawn. A report for chosen groups shows only the quotes of young people in them, chosen
 * as its figures are (chosen-groups.ts): the team, and the age band on the period's last day,
 * legal status and placement type, so one team's report never carries another team's words.
 */
/** The young people of the chosen groups, with age bands on `lastDay` as the report has them. */
function inChosenGroups(chosen: ChosenGroups, lastDay: string): SQL[] {
	const inGroups: SQL[] = [];
	if (chosen.team) inGroups.push(inArray(youngPeople.teamId, chosen.team));
	if (chosen.legal_status)
		inGroups.push(inArray(youngPeople.legalStatus, chosen.legal_status as LegalStatus[]));
	if (chosen.placement_type)
		inGroups.push(inArray(youngPeople.placementType, chosen.placement_type as PlacementType[]));
	if (chosen.age_band) {
		const bands = chosen.age_band.map((band) => {
			const [min, max] = AGES[band as AgeBand] ?? [0, 0];
			return and(
				min > 0 ? lte(youngPeople.dateOfBirth, bornBy(lastDay, min)) : undefined,
				max === null ? undefined : gt(youngPeople.dateOfBirth, bornBy(lastDay, max))
			)!;
		});
		inGroups.push(or(...bands)!);
	}
	return inGroups;
}

export async function listChosenQuotes(
	from: Date,
	to: Date,
	chosen: ChosenGroups = {},
	lastDay = dayBefore(to)
) {
	return await db()
		.select({ id: chosenQuotes.id, quote: chosenQuotes.quote, kind: statements.kind })
		.from(chosenQuotes)
		.innerJoin(statements, eq(statements.id, chosenQuotes.statementId))
		.innerJoin(youngPeople, eq(youngPeople.id, statements.youngPersonId))
		.where(
			and(
				eq(statements.consentToShare, true),
				isNull(statements.anonymisedAt),
				gte(statements.sentAt, from),
				lt(statements.sentAt, to),
				...inChosenGroups(chosen, lastDay)
			)
		)
		.orderBy(desc(chosenQuotes.createdAt));
}
