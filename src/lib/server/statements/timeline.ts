import { desc } from 'drizzle-orm';
import { db } from '../db';
import { statements } from '../db/schema';
import { conditions, firstName, threadOf, type Whose } from './reader';

/*
 * A file's timeline: what each statement was, when, its thread and its decision. The file lists
 * every statement and opens none, so it reads none of the answers, meetings, readers and voice
 * notes the statement page shows: on a file of forty statements that was most of the page's time.
 * Same scope and same thread as the whole reader (reader.ts).
 */
export async function readTimeline(whose: Whose, youngPersonId: string) {
	return (
		await db().query.statements.findMany({
			where: conditions(whose, { youngPersonId }),
			orderBy: [desc(statements.sentAt)],
			columns: {
				id: true,
				kind: true,
				status: true,
				urgent: true,
				sentAt: true,
				firstReadAt: true
			},
			with: {
				youngPerson: { columns: { userId: true } },
				outcome: { columns: { decision: true }, with: { recorder: firstName } },
				replies: {
					columns: { id: true, body: true, isDecision: true, createdAt: true, authorId: true },
					orderBy: (r, { asc }) => [asc(r.createdAt)],
					with: { author: firstName }
				}
			}
		})
	).map(({ youngPerson, outcome, replies, ...statement }) => ({
		...statement,
		thread: threadOf(replies, youngPerson.userId),
		outcome: outcome && { decision: outcome.decision, by: outcome.recorder.firstName }
	}));
}
