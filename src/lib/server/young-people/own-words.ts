import { recordAuditEventAlone } from '../audit';
import { complaintsOf } from '../complaints/team-queries';
import { toldInWords } from './told-in-words';
import { statementsInWords } from './words';

/**
 * "Download my words": everything they said and every answer, what they were
 * told after meetings and by new workers, every complaint or request for an advocate with
 * what the complaints team told them, and an audit event saying they took a copy.
 */
export async function takeOwnWords(
	youngPersonId: string,
	userId: string,
	format: 'page' | 'text',
	now = new Date()
) {
	await recordAuditEventAlone(
		{
			actorId: userId,
			action: 'own_words_downloaded',
			subjectType: 'young_person',
			subjectId: youngPersonId,
			youngPersonId,
			detail: { format }
		},
		now
	);
	return {
		said: await statementsInWords(youngPersonId),
		told: await toldInWords(youngPersonId),
		asked: await askedInWords(youngPersonId)
	};
}

/**
 * Their complaints as they see them: what they wrote and each update, not who in the team wrote
 * it; none from before a sign-in reset, as on their page.
 */
const askedInWords = async (youngPersonId: string) =>
	(await complaintsOf(youngPersonId, { sinceSignInReset: true })).map(
		({ id, kind, message, createdAt, updates }) => ({
			id,
			kind,
			message,
			createdAt,
			updates: updates.map(({ status, note, at }) => ({ status, note, at }))
		})
	);
export type OwnWords = Awaited<ReturnType<typeof takeOwnWords>>;
