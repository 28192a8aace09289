import { error } from '@sveltejs/kit';
import { findStatementForStaff } from '$lib/server/casefile/queries';
import { meetingLabel } from '$lib/server/statements/meeting-words';
import { recordStatementsExported } from '$lib/server/casefile/mutations';
import { caseRecordText } from '$lib/server/casefile/text';

export const GET = async ({ locals, params }) => {
	const actor = locals.user!;
	const now = new Date();
	// Recorded first: the copy is a reading, so it already says when the statement was first read.
	const exported = await recordStatementsExported(actor, [params.id], { format: 'text' }, now);
	if (!exported.has(params.id)) error(404, 'Not found');
	const found = await findStatementForStaff(actor, params.id);
	if (!found) error(404, 'Not found');
	const text = caseRecordText(
		found.person,
		[{ ...found, meetingWords: found.meeting ? meetingLabel(found.meeting) : null }],
		actor.displayName,
		now
	);
	return new Response(text, {
		headers: {
			'content-type': 'text/plain; charset=utf-8',
			'content-disposition': `attachment; filename="heard-${found.person.caseReference.replace(/[^A-Za-z0-9-]/g, '')}-${found.statement.id}.txt"`
		}
	});
};
