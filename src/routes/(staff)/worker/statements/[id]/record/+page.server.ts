import { error } from '@sveltejs/kit';
import { findStatementForStaff } from '$lib/server/casefile/queries';
import { meetingLabel } from '$lib/server/statements/meeting-words';
import { recordStatementsExported } from '$lib/server/casefile/mutations';
import { dateTime } from '$lib/dates';
import { decisionLabel, kindLabel } from '$lib/words/statements';
import { writtenInWords } from '$lib/words/lists';
import { interpreterAsked } from '$lib/server/statements/interpreter';

export const load = async ({ locals, params }) => {
	// Recorded first: the copy is a reading, so the statement is read before it is shown.
	const exported = await recordStatementsExported(locals.user!, [params.id], { format: 'print' });
	if (!exported.has(params.id)) error(404, 'Not found');
	const found = await findStatementForStaff(locals.user!, params.id);
	if (!found) error(404, 'Not found');
	return {
		id: found.statement.id,
		person: {
			preferredName: found.person.preferredName,
			caseReference: found.person.caseReference
		},
		kindWords: kindLabel(found.statement.kind),
		sentWords: dateTime(found.statement.sentAt),
		writtenIn: writtenInWords(found.statement.language),
		interpreter: interpreterAsked(found.statement),
		meetingWords: found.meeting ? meetingLabel(found.meeting) : null,
		answers: found.answers,
		thread: found.thread.map((r) => ({ ...r, when: dateTime(r.createdAt) })),
		outcome: found.outcome
			? {
					words: decisionLabel(found.outcome.decision),
					explanation: found.outcome.explanation,
					by: found.outcome.by,
					when: dateTime(found.outcome.recordedAt)
				}
			: null,
		exported: { by: locals.user!.displayName, when: dateTime(new Date()) }
	};
};
