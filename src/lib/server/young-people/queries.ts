import { and, eq, isNull, sql } from 'drizzle-orm';
import { ageOn } from '$lib/dates';
import type { SessionUser } from '../auth/session';
import { preparedOnce } from '../db/prepared';
import { readOncePerRequest } from '../db/request-reads';
import { aboutMe, allocations, users, youngPeople } from '../db/schema';

/** Simple mode is on by default under 12; anyone can switch it either way. */
const SIMPLE_MODE_BELOW_AGE = 12;

const CARE_LEAVER_STATUSES = new Set(['continuing_care', 'aftercare']);

/** Behind every page a young person opens (their layout), so built and compiled once. */
const ownRecordQueries = preparedOnce((database) => ({
	// By the account, archived or not: the page's language and text size are read before its access.
	record: database
		.select()
		.from(youngPeople)
		.where(eq(youngPeople.userId, sql.placeholder('userId')))
		.prepare(),
	// The current worker, and whether the young person has been told of them.
	worker: database
		.select({ firstName: users.firstName, announced: allocations.announced })
		.from(allocations)
		.innerJoin(users, eq(allocations.workerId, users.id))
		.where(
			and(
				eq(allocations.youngPersonId, sql.placeholder('youngPersonId')),
				isNull(allocations.endedAt)
			)
		)
		.prepare()
}));

/**
 * The young person's record of this account, read once for the whole request: the hook, the
 * layouts and the page each ask for it (db/request-reads.ts).
 */
const recordOfAccount = (userId: string) =>
	readOncePerRequest(`record:${userId}`, () => ownRecordQueries().record.get({ userId }));
const currentWorkerOf = (youngPersonId: string) =>
	readOncePerRequest(`worker:${youngPersonId}`, () =>
		ownRecordQueries().worker.get({ youngPersonId })
	);

/** The signed-in young person's own open record, with what their pages need to know. */
export async function findOwnRecord(actor: SessionUser, now = new Date()) {
	const person = await recordOfAccount(actor.id);
	return person && !person.archivedAt ? await describeYoungPerson(person, now) : null;
}

export type YoungPersonView = Awaited<ReturnType<typeof describeYoungPerson>>;

/** What the statement pages need to know about a young person, whoever is holding the phone. */
export async function describeYoungPerson(
	person: typeof youngPeople.$inferSelect,
	now = new Date()
) {
	const worker = await currentWorkerOf(person.id);
	const age = ageOn(person.dateOfBirth, now);
	return {
		id: person.id,
		preferredName: person.preferredName,
		age,
		simpleMode: person.simpleMode ?? age < SIMPLE_MODE_BELOW_AGE,
		textSize: person.textSize,
		readAloud: person.readAloud,
		discreetApp: person.discreetApp,
		lowData: person.lowData,
		workerFirstName: worker?.firstName ?? null,
		isCareLeaver: CARE_LEAVER_STATUSES.has(person.legalStatus) || age >= 16
	};
}

/** A current allocation the young person has not yet been told about, with the worker's first name. */
export async function findNewWorkerToAnnounce(youngPersonId: string): Promise<string | null> {
	const worker = await currentWorkerOf(youngPersonId);
	return worker && !worker.announced ? worker.firstName : null;
}

const aboutMeOf = preparedOnce((database) =>
	database
		.select()
		.from(aboutMe)
		.where(eq(aboutMe.youngPersonId, sql.placeholder('youngPersonId')))
		.limit(1)
		.prepare()
);

/** What the young person wrote in "About me", read by them and by staff on their file. */
export async function findAboutMe(youngPersonId: string) {
	return (await aboutMeOf().get({ youngPersonId })) ?? null;
}

/** On every page a young person opens: how the whole page is drawn for them. */
export async function findPagePreferences(userId: string): Promise<{
	textSize: 'normal' | 'large' | 'larger';
	language: string | null;
}> {
	const row = await recordOfAccount(userId);
	return { textSize: row?.textSize ?? 'normal', language: row?.language ?? null };
}

/** The open record of a young person's account, by the account. */
export async function findOwnRecordId(userId: string): Promise<string | null> {
	const row = await recordOfAccount(userId);
	return row && !row.archivedAt ? row.id : null;
}

/** Whether this account's home-screen app is to look like "Notes"; false for staff. */
export async function prefersDiscreetApp(userId: string): Promise<boolean> {
	return (await recordOfAccount(userId))?.discreetApp ?? false;
}
