import { and, eq, sql } from 'drizzle-orm';
import type { Role } from '$lib/vocabulary';
import type { Reader } from '../db';
import { preparedPerShape } from '../db/prepared';
import { youngPeople } from '../db/schema';
import { visibleYoungPeople, type Reading, type ScopeOptions } from './scope';

/*
 * The scope rule (scope.ts) in queries prepared once: the reader is a placeholder, and the rule
 * is built for each shape of reader it can take. Pages staff open all day read through these.
 */

/**
 * The worker a prepared query is run for (`workerId`): the worker pages are
 * theirs alone (access.ts), so the caseload rule is built once for all of them.
 */
export const preparedWorker: Reading = { id: sql.placeholder('workerId'), roles: ['worker'] };

/**
 * The rule differs between members of staff only by whether they are a worker and a manager, so
 * a query prepared once for each of these shapes serves everyone: `readerOfShape` is the reader
 * as the placeholder `actorId`, with the roles that count.
 */
export const shapeOf = (actor: Reading): string =>
	actor.roles
		.filter((role) => role === 'worker' || role === 'manager')
		.sort()
		.join('+');

export const readerOfShape = (shape: string): Reading => ({
	id: sql.placeholder('actorId'),
	roles: shape ? (shape.split('+') as Role[]) : []
});

const visibleYoungPerson = preparedPerShape((database, shape: string) => {
	const [roles, reach, includeArchived] = shape.split('|');
	const reading = readerOfShape(roles ?? '');
	const options = {
		reach: reach as ScopeOptions['reach'],
		includeArchived: includeArchived === '1'
	};
	return database
		.select()
		.from(youngPeople)
		.where(
			and(
				eq(youngPeople.id, sql.placeholder('youngPersonId')),
				visibleYoungPeople(reading, options)
			)
		)
		.limit(1)
		.prepare();
});

/**
 * The young person's record if this member of staff may see it, else null (the caller answers
 * 404). Inside a transaction, pass its handle as `reader`; outside one the query is prepared.
 */
export async function findVisibleYoungPerson(
	actor: Reading,
	youngPersonId: string,
	options: ScopeOptions = {},
	reader?: Reader
) {
	if (reader) {
		return (
			(
				await reader
					.select()
					.from(youngPeople)
					.where(and(eq(youngPeople.id, youngPersonId), visibleYoungPeople(actor, options)))
					.limit(1)
			)[0] ?? null
		);
	}
	const shape = [shapeOf(actor), options.reach ?? 'all', options.includeArchived ? '1' : '0'].join(
		'|'
	);
	return (await visibleYoungPerson(shape).get({ actorId: actor.id, youngPersonId })) ?? null;
}
