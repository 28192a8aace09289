import { desc, sql } from 'drizzle-orm';
import { preparedPerShape } from '../db/prepared';
import { statements } from '../db/schema';
import { type Reading } from '../staff/scope';
import { readerOfShape, shapeOf } from '../staff/scope-prepared';
import { conditions, firstName, threadOf } from './reader';

/*
 * A file's timeline: what each statement was, when, its thread and its decision. The file lists
 * every statement and opens none, so it reads none of the answers, meetings, readers and voice
 * notes the statement page shows: on a file of forty statements that was most of the page's time.
 * Same scope and same thread as the whole reader (reader.ts). Prepared once for each shape of the
 * scope rule (staff/scope.ts): a worker opens files all day.
 */
const timelineOf = preparedPerShape((database, shape: string) =>
	database.query.statements
		.findMany({
			where: conditions(
				{ staff: readerOfShape(shape) },
				{ youngPersonId: sql.placeholder('youngPersonId') }
			),
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
		.prepare()
);

export async function readTimeline(actor: Reading, youngPersonId: string) {
	return (await timelineOf(shapeOf(actor)).all({ actorId: actor.id, youngPersonId })).map(
		({ youngPerson, outcome, replies, ...statement }) => ({
			...statement,
			thread: threadOf(replies, youngPerson.userId),
			outcome: outcome && { decision: outcome.decision, by: outcome.recorder.firstName }
		})
	);
}
