import { error } from '@sveltejs/kit';
import { STATEMENT_KINDS, type StatementKind } from '$lib/vocabulary';

export const load = ({ params }) => {
	if (!(STATEMENT_KINDS as readonly string[]).includes(params.kind)) error(404, 'Not found');
	return { kind: params.kind as StatementKind };
};
