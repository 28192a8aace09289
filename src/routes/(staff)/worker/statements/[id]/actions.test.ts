import { isActionFailure, isHttpError } from '@sveltejs/kit';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '$lib/server/auth/session';
import { reassignYoungPerson } from '$lib/server/team/mutations';
import {
	addStatement,
	addToTeam,
	allocate,
	createStaff,
	createTeam,
	createYoungPerson
} from '$tests/fixtures';
import { actions, load } from './+page.server';

/*
 * A reply or an outcome sent after the young person moved to another worker, as a form without
 * script posts it: the action runs, then the page's load, with the same locals.
 */

let sam: SessionUser;
let stranger: SessionUser;
let statementId: string;
beforeAll(async () => {
	const team = await createTeam();
	sam = await createStaff(['worker']);
	const jamie = await createStaff(['worker'], { firstName: 'Jamie' });
	const manager = await createStaff(['manager'], { firstName: 'Fiona' });
	stranger = await createStaff(['worker'], { firstName: 'Ola' });
	for (const [who, role] of [
		[sam, 'worker'],
		[jamie, 'worker'],
		[manager, 'manager']
	] as const)
		await addToTeam(team, who.id, role);
	const leah = await createYoungPerson({ teamId: team, preferredName: 'Leah' });
	await allocate(leah, sam.id);
	statementId = await addStatement(leah, { kind: 'make_a_change' });
	// Sam opens the statement; while Sam types, Leah moves to Jamie.
	expect(await load(pageEvent(sam) as never)).toMatchObject({ gone: false });
	expect(await reassignYoungPerson(manager, leah, jamie.id)).toBe('ok');
});

function pageEvent(user: SessionUser, fields?: Record<string, string>, action = 'reply') {
	const body = new FormData();
	for (const [name, value] of Object.entries(fields ?? {})) body.append(name, value);
	const url = new URL(`http://localhost/worker/statements/${statementId}?/${action}`);
	return {
		request: new Request(url, { method: 'POST', body }),
		params: { id: statementId },
		locals: { user, session: null } as App.Locals,
		url
	};
}
const answerOf = async (event: ReturnType<typeof pageEvent>, action: 'reply' | 'outcome') => {
	try {
		return await actions[action](event as never);
	} catch (thrown) {
		return thrown;
	}
};

describe('words sent after the young person moved to another worker', () => {
	it('come back to the old worker with a 409, and the page shows nothing else', async () => {
		const reply = pageEvent(sam, { body: 'Sorry, Leah.', key: 'reply-key-01' });
		const answer = await answerOf(reply, 'reply');
		expect(isActionFailure(answer) && answer.status).toBe(409);
		expect(isActionFailure(answer) && answer.data).toEqual({ gone: { reply: 'Sorry, Leah.' } });
		expect(await load(reply as never)).toEqual({ gone: true });

		const outcome = pageEvent(
			sam,
			{ decision: 'agreed', explanation: 'You can stay up later.' },
			'outcome'
		);
		const recorded = await answerOf(outcome, 'outcome');
		expect(isActionFailure(recorded) && recorded.data).toEqual({
			gone: { explanation: 'You can stay up later.' }
		});
		expect(await load(outcome as never)).toEqual({ gone: true });
	});

	it('are a plain 404 for someone who never had the young person, with nothing given back', async () => {
		const reply = pageEvent(stranger, { body: 'Not mine', key: 'reply-key-02' });
		expect(isHttpError(await answerOf(reply, 'reply'), 404)).toBe(true);
		expect(reply.locals.reachLost).toBeUndefined();
		expect(isHttpError(await load(reply as never).catch((e: unknown) => e), 404)).toBe(true);
	});

	it('leave an ordinary visit after the move a 404, for the old worker too', async () => {
		expect(isHttpError(await load(pageEvent(sam) as never).catch((e: unknown) => e), 404)).toBe(
			true
		);
	});
});
