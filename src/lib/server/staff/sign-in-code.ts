import { issueActivationCode } from '../auth/activation-codes';
import type { SessionUser } from '../auth/session';
import { findVisibleYoungPerson } from './scope-prepared';

/**
 * A new sign-in code made by someone who already reads this young person's
 * words (their worker, or a manager of their team), to hand over in person.
 * Null when they are not someone this member of staff may see, or archived.
 */
export async function makeSignInCodeToHandOver(
	actor: SessionUser,
	youngPersonId: string,
	now = new Date()
) {
	const person = await findVisibleYoungPerson(actor, youngPersonId);
	if (!person) return null;
	return {
		code: await issueActivationCode(person.id, actor.id, now),
		replacesSignIn: person.userId !== null
	};
}
