import { isActionFailure } from '@sveltejs/kit';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '$lib/server/auth/session';
import { transaction } from '$lib/server/db';
import { theRow } from '$lib/server/db/rows';
import { meetings } from '$lib/server/db/schema';
import { reassignYoungPerson } from '$lib/server/team/mutations';
import { addToTeam, allocate, createStaff, createTeam, createYoungPerson } from '$tests/fixtures';
import { actions, load } from './+page.server';

/** The page after a meeting: whatever date a meeting was kept with, and words sent too late. */

let sam: SessionUser;
let jamie: SessionUser;
let manager: SessionUser;
let leah: string;
beforeAll(async () => {
	const team = await createTeam();
	sam = await createStaff(['worker']);
	jamie = await createStaff(['worker'], { firstName: 'Jamie' });
	manager = await createStaff(['manager'], { firstName: 'Fiona' });
	await addToTeam(team, sam.id, 'worker');
	await addToTeam(team, jamie.id, 'worker');
	await addToTeam(team, manager.id, 'manager');
	leah = await createYoungPerson({ teamId: team, preferredName: 'Leah' });
	await allocate(leah, sam.id);
});

const meetingOn = async (scheduledAt: Date) =>
	await transaction(
		async (tx) =>
			theRow(
				await tx
					.insert(meetings)
					.values({ youngPersonId: leah, type: 'looked_after_review', scheduledAt })
					.returning()
			).id
	);
function pageEvent(meetingId: string, fields?: Record<string, string>, action = 'record') {
	const body = new FormData();
	for (const [name, value] of Object.entries(fields ?? {})) body.append(name, value);
	const url = new URL(`http://localhost/worker/meetings/${meetingId}/after?/${action}`);
	return {
		request: new Request(url, { method: 'POST', body }),
		params: { id: meetingId },
		locals: { user: sam, session: null } as App.Locals,
		url
	};
}

describe('the page after a meeting', () => {
	it('opens for a meeting kept for 31 December 9999 (before dates were checked), with no due day', async () => {
		const farOff = await meetingOn(new Date('9999-12-31T23:59:00Z'));
		const page = await load(pageEvent(farOff) as never);
		expect(page.gone).toBe(false);
		expect(!page.gone && page.meeting).toMatchObject({ passed: false, dueWords: null });
	});

	it('says the day feedback is due once the meeting has happened', async () => {
		const page = await load(pageEvent(await meetingOn(new Date(Date.now() - 86_400_000))) as never);
		expect(!page.gone && page.meeting.dueWords).toMatch(/\d/);
	});

	it('gives back feedback and a reply sent after the young person moved to another worker', async () => {
		const met = await meetingOn(new Date(Date.now() - 2 * 86_400_000));
		expect(await reassignYoungPerson(manager, leah, jamie.id)).toBe('ok');
		const feedback = pageEvent(met, { decided: 'You stay.', viewsCounted: 'We listened.' });
		const recorded = await actions.record(feedback as never);
		expect(isActionFailure(recorded) && recorded.status).toBe(409);
		expect(isActionFailure(recorded) && recorded.data).toEqual({
			gone: { decided: 'You stay.', viewsCounted: 'We listened.' }
		});
		expect(await load(feedback as never)).toEqual({ gone: true });

		const reply = pageEvent(met, { body: 'See you soon.', key: 'reply-key-03' }, 'reply');
		const replied = await actions.reply(reply as never);
		expect(isActionFailure(replied) && replied.data).toEqual({ gone: { reply: 'See you soon.' } });
	});
});
