import { TEMPLATES, type Template } from '$lib/templates';
import { onPostgres } from '../db/engine';
import { wellbeingAnswers } from './answers';
import type { ReportSession } from './session';
import {
	dropReportTables,
	epochMs,
	readInTableOrder,
	type QueryParams,
	type TablePass
} from './sql';

/*
 * The report's scratch tables hold the same values on both engines: moments as milliseconds,
 * flags as 0 or 1, a feelings statement's answers as JSON text. So only the statements that fill them from
 * Heard's tables are written twice; everything that reads them is shared.
 */

/**
 * SQLite's names for the column types, which PostgreSQL reads as types too: BIGINT for a
 * moment's milliseconds, DOUBLE PRECISION for a fraction (SQLite's REAL; PostgreSQL's REAL
 * would be single precision).
 */
const SCRATCH_TABLES = `CREATE TEMP TABLE report_people (id TEXT PRIMARY KEY, user_id TEXT, team_id TEXT, age_band TEXT, legal_status TEXT, placement_type TEXT, archived_at BIGINT,
		g INTEGER, t INTEGER)${onPostgres ? '' : ' WITHOUT ROWID'};
	CREATE TEMP TABLE report_groups (g INTEGER PRIMARY KEY, t INTEGER, team_id TEXT, age_band TEXT, legal_status TEXT, placement_type TEXT,
		UNIQUE (team_id, legal_status, placement_type, age_band));
	CREATE TEMP TABLE report_rows (g INTEGER, t INTEGER, yp TEXT, in_period INTEGER, quarter TEXT,
		kind TEXT, change_category TEXT, listened_rating INTEGER, urgent INTEGER, escalated INTEGER, read_minutes DOUBLE PRECISION, reply_tenths INTEGER, read_tenths INTEGER,
		decision TEXT, outcome_days DOUBLE PRECISION, answers TEXT, language TEXT);`;

/** Whole years from date of birth to @ref (both YYYY-MM-DD); PostgreSQL compares the days as SQLite does, byte by byte. */
const AGE = onPostgres
	? `CAST(substr(CAST(@ref AS TEXT), 1, 4) AS INTEGER) - CAST(substr(date_of_birth, 1, 4) AS INTEGER)
		- CAST(substr(CAST(@ref AS TEXT), 6, 5) < substr(date_of_birth, 6, 5) COLLATE "C" AS INTEGER)`
	: `CAST(substr(@ref, 1, 4) AS INTEGER) - CAST(substr(date_of_birth, 1, 4) AS INTEGER)
		- (substr(@ref, 6, 5) < substr(date_of_birth, 6, 5))`;

const ageBand = (age: string) =>
	`CASE WHEN ${age} < 12 THEN 'under_12' WHEN ${age} < 16 THEN '12_15' WHEN ${age} < 18 THEN '16_17' ELSE '18_plus' END`;

/**
 * The young people a report covers: everyone (a report for chosen groups keeps
 * their rows of the report for everyone: chosen-groups.ts), with the age
 * band worked out from date of birth at the end of the period. Written once
 * per report into a temporary table, so every figure starts from the same
 * people and no filter can be forgotten by one of them. `g` numbers each
 * combination of team, age band, legal status and placement type, and `t`
 * each team, so the statement rows carry two small integers instead of four
 * strings, and their GROUP BYs sort less.
 *
 * The groups are numbered first, from their distinct combinations, a few teams at a time, and
 * each person then takes their group's numbers, a piece of the table at a time: numbering the
 * people themselves sorted all of them twice, in one statement of 2 to 3.5 s on the national
 * authority (250,000 people, 100,000 groups) that held the server (SQLite).
 */
const GROUPS = (age: string) => `INSERT INTO temp.report_groups
	SELECT @groupsBefore + ROW_NUMBER() OVER (ORDER BY team_id, age_band, legal_status, placement_type),
		@teamsBefore + DENSE_RANK() OVER (ORDER BY team_id), team_id, age_band, legal_status, placement_type
	FROM (SELECT DISTINCT team_id, ${ageBand(`(${age})`)} AS age_band, legal_status, placement_type
		FROM young_people WHERE team_id > @after AND team_id <= @upTo) q`;

/**
 * How many teams' groups are numbered in one statement, and young people written in one: each
 * about a tenth of a second nationally.
 */
export const PIECES = { teams: 50, people: 50_000 };

/** Numbers the groups a few teams at a time, in the order of their teams (see PEOPLE below). */
async function numberGroups(session: ReportSession, p: QueryParams, teamsAPiece: number) {
	const teams = await session.column<string>(
		'SELECT DISTINCT team_id FROM young_people ORDER BY team_id'
	);
	for (let from = 0; from < teams.length; from += teamsAPiece) {
		const [groupsBefore] = await session.column<number>(
			'SELECT COALESCE(MAX(g), 0) FROM temp.report_groups'
		);
		const piece = {
			after: from === 0 ? '' : teams[from - 1]!,
			upTo: teams[Math.min(from + teamsAPiece, teams.length) - 1]!,
			teamsBefore: from,
			groupsBefore: groupsBefore!
		};
		await session.run(GROUPS(AGE), { ...p, ...piece });
	}
}

const PEOPLE = (
	{ scan, piece }: TablePass,
	age: string,
	archivedAt: string
) => `INSERT INTO temp.report_people
	SELECT y.id, y.user_id, y.team_id, r.age_band, y.legal_status, y.placement_type, ${archivedAt}, r.g, r.t
	FROM young_people y ${scan} JOIN temp.report_groups r ON r.team_id = y.team_id AND r.legal_status = y.legal_status
		AND r.placement_type = y.placement_type AND r.age_band = ${ageBand(`(${age})`)}
	WHERE 1 = 1${piece}`;

/**
 * The statements of those people from the start of the wellbeing trend to the
 * end of the period, one narrow row each with what the figures group by
 * (a feelings statement's answers included): a single pass over the statements, shared by
 * every figure, since each pass over a large authority counts. The wellbeing
 * scores are read through the templates' own question ids (answers.ts). Every row names its
 * young person (`yp`) and the quarter it was sent in: the wellbeing figures count people by
 * quarter, and a period's quarters are counted from its rows (quarter-rows.ts).
 */
const rows = (
	{ scan, piece }: TablePass,
	answers: string,
	quarter: string
) => `INSERT INTO temp.report_rows
	SELECT y.g, y.t, s.young_person_id, s.sent_at >= @from, ${quarter},
		s.kind, s.change_category, s.listened_rating, s.urgent, s.escalated_at IS NOT NULL,
		(s.first_read_at - s.sent_at) / 60000.0, (s.first_replied_at - s.sent_at) / 360000, (s.first_read_at - s.sent_at) / 360000,
		CASE WHEN s.kind = 'make_a_change' THEN (SELECT o.decision FROM outcomes o WHERE o.statement_id = s.id) END,
		CASE WHEN s.kind = 'make_a_change' THEN (SELECT (o.recorded_at - s.sent_at) / 86400000.0 FROM outcomes o WHERE o.statement_id = s.id) END,
		${answers}, s.language
	FROM statements s ${scan} JOIN temp.report_people y ON y.id = s.young_person_id
	WHERE s.sent_at >= @trendFrom AND s.sent_at < @to${piece}`;

/**
 * The calendar quarter (UTC) a statement was sent in, as its name (2025-Q1): one comparison
 * for each quarter from the start of the wellbeing trend to the end of the period, both
 * quarters' starts. Working it out from each date (strftime, to_char) took about half a second
 * of a national report.
 */
export function quarterSql(p: QueryParams): string {
	const moment = (ms: number) =>
		onPostgres ? `TIMESTAMPTZ '${new Date(ms).toISOString()}'` : String(ms);
	const whens = [];
	const start = p.trendFrom;
	for (let q = Math.floor(start.getUTCMonth() / 3), year = start.getUTCFullYear(); ; q += 1) {
		const next = Date.UTC(year, q * 3 + 3, 1);
		whens.push(
			`WHEN s.sent_at < ${moment(next)} THEN '${year + Math.floor(q / 4)}-Q${(q % 4) + 1}'`
		);
		if (next >= p.to.getTime()) break;
	}
	return `CASE ${whens.join(' ')} END`;
}

/** Milliseconds from sending to `moment`, on PostgreSQL: whole, as Heard stores every moment. */
const sinceSent = (moment: string) => epochMs(`${moment} - s.sent_at`);

/**
 * The same rows from PostgreSQL: a duration is the same whole number of milliseconds as on
 * SQLite, divided as SQLite divides it (a fraction as a double, tenths of an hour as whole
 * numbers, rounded towards zero). Each is made milliseconds once, from the time between the two
 * moments: a date_part of each moment took a second more of a national report's pass.
 */
const rowsPg = (answers: string, quarter: string) => `INSERT INTO temp.report_rows
	SELECT y.g, y.t, s.young_person_id, CAST(s.sent_at >= @from AS INTEGER), ${quarter},
		s.kind, s.change_category, s.listened_rating, CAST(s.urgent AS INTEGER), CAST(s.escalated_at IS NOT NULL AS INTEGER),
		CAST(${sinceSent('s.first_read_at')} AS DOUBLE PRECISION) / 60000,
		${sinceSent('s.first_replied_at')} / 360000, ${sinceSent('s.first_read_at')} / 360000,
		o.decision, CAST(${sinceSent('o.recorded_at')} AS DOUBLE PRECISION) / 86400000,
		${answers}, s.language
	FROM statements s JOIN temp.report_people y ON y.id = s.young_person_id
		LEFT JOIN outcomes o ON o.statement_id = s.id AND s.kind = 'make_a_change'
	WHERE s.sent_at >= @trendFrom AND s.sent_at < @to`;

/** Fills the report's scratch tables, inside the report's session. */
export async function prepareReportTables(
	session: ReportSession,
	p: QueryParams,
	templates: readonly Template[] = TEMPLATES,
	pieces = PIECES
): Promise<void> {
	await prepareReportPeople(session, p, pieces);
	const [answers, quarter] = [wellbeingAnswers(templates).sql, quarterSql(p)];
	const pass = await readInTableOrder(
		session,
		'statements',
		's',
		'sent_at >= @trendFrom AND sent_at < @to',
		p
	);
	for (const piece of pass.pieces)
		await session.run(onPostgres ? rowsPg(answers, quarter) : rows(pass, answers, quarter), {
			...p,
			...piece
		});
}

/** Makes the scratch tables afresh and fills the people and their groups, aged at `p`'s end. */
export async function prepareReportPeople(
	session: ReportSession,
	p: QueryParams,
	pieces = PIECES
): Promise<void> {
	await dropReportTables(session);
	await session.exec(SCRATCH_TABLES);
	await numberGroups(session, p, pieces.teams);
	const people = await readInTableOrder(session, 'young_people', 'y', '1 = 1', p, pieces.people);
	const archivedAt = onPostgres ? epochMs('y.archived_at') : 'y.archived_at';
	for (const piece of people.pieces)
		await session.run(PEOPLE(people, AGE, archivedAt), { ...p, ...piece });
	// A new temporary table has no statistics; PostgreSQL plans the joins below better with them.
	if (onPostgres) await session.exec('ANALYZE temp.report_people');
}
