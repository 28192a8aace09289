import { eq } from 'drizzle-orm';
import { recordAuditEvent } from '../audit';
import { transaction, type Reader } from '../db';
import { users, type activationCodes, type youngPeople } from '../db/schema';
import { ACTIVATION_CODE_LIFETIME_MS } from './activation-codes';
import { releaseAttempt, reserveAttempt, type Counter, type Reservation } from './throttle';

/**
 * How many taken usernames one sign-in code may be told of (docs/adr/0011-sign-in-throttling.md).
 * A child choosing a username must hear that a name is taken, but here a username that exists
 * says a named child is in contact with social work: whoever holds a letter could otherwise ask
 * after every name they know. So only a valid code is ever told, and only a few times.
 */

/**
 * Taken names told to one code in the throttle's window (15 minutes). A child rarely meets more
 * than one or two (their name, then their name with a number); five leaves room for that and for
 * a friend's ideas, and holds someone probing with the letter to five names a quarter hour.
 */
export const TAKEN_NAMES_PER_WINDOW = 5;

/**
 * Taken names told to one code over its whole life (30 days). Five a quarter hour would still
 * tell a code thousands of names before it runs out; twenty is four windows' worth, more than any
 * child choosing a name needs. After that the code opens nothing: the child asks their worker
 * for a new one, which starts afresh, and the worker learns something went wrong.
 */
export const TAKEN_NAMES_PER_CODE = 20;

type Code = typeof activationCodes.$inferSelect;
type Person = typeof youngPeople.$inferSelect;

export type NameCheck =
	| { ok: true; reservation: Reservation }
	| { ok: false; reason: 'too_many_names' | 'code_worn_out' };

const inWindow = (code: Code): Counter => ({
	key: `activation-names:${code.id}`,
	limit: TAKEN_NAMES_PER_WINDOW,
	applies: true
});
const overItsLife = (code: Code): Counter => ({
	key: `activation-names-ever:${code.id}`,
	limit: TAKEN_NAMES_PER_CODE,
	applies: true,
	windowMs: ACTIVATION_CODE_LIFETIME_MS,
	lockMs: ACTIVATION_CODE_LIFETIME_MS
});

/**
 * Counts a valid code's question "is this username taken?" before it is answered, so questions
 * sent at once cannot all slip under the limit. A refusal is audited against the child whose
 * code it is, naming who made the code: whoever typed it is not known.
 */
export async function reserveNameCheck(code: Code, person: Person, now: Date): Promise<NameCheck> {
	const life = await reserveAttempt([overItsLife(code)], now);
	const window = life && (await reserveAttempt([inWindow(code)], now));
	if (life && window)
		return { ok: true, reservation: { counters: [overItsLife(code), inWindow(code)] } };
	const reason = life ? 'too_many_names' : 'code_worn_out';
	await transaction(async (tx) => {
		// Refused for the window alone: the code's lifetime count gets this try back.
		if (life) await releaseAttempt(tx, life, now);
		await recordAuditEvent(
			tx,
			{
				actorId: null,
				action: 'activation_names_stopped',
				subjectType: 'young_person',
				subjectId: person.id,
				youngPersonId: person.id,
				detail: { reason, issuedBy: code.createdBy }
			},
			now
		);
	});
	return { ok: false, reason };
}

/** Someone else has it. Asked only once the code is valid: a wrong, used or old code learns no names. */
export async function isTakenByAnother(
	reader: Reader,
	username: string,
	person: typeof youngPeople.$inferSelect
): Promise<boolean> {
	const holder = (
		await reader.select({ id: users.id }).from(users).where(eq(users.username, username)).limit(1)
	)[0];
	return holder !== undefined && holder.id !== person.userId;
}
