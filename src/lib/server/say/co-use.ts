import type { SessionUser } from '../auth/session';
import { findVisibleYoungPerson } from '../staff/scope-prepared';
import { describeYoungPerson } from '../young-people/queries';

/**
 * Co-use: a worker fills a statement in with a young person on the worker's
 * device. Only for a young person the worker may see; for anyone else, null.
 * It is always the one-page form (no server draft: a child's unsent draft is
 * theirs alone) and never shows read-aloud controls meant for the child's phone.
 */
export async function youngPersonForCoUse(actor: SessionUser | null, youngPersonId: string) {
	const person = actor && (await findVisibleYoungPerson(actor, youngPersonId));
	if (!actor || !person) return null;
	return {
		actor,
		person: { ...(await describeYoungPerson(person)), simpleMode: false, readAloud: false }
	};
}
