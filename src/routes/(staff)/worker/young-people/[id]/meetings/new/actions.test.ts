import { isActionFailure, isRedirect } from '@sveltejs/kit';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '$lib/server/auth/session';
import { allocate, createStaff, createTeam, createYoungPerson } from '$tests/fixtures';
import { actions } from './+page.server';

/** Scheduling a meeting, as the form posts it: a time typed wrong is refused, never moved. */

let sam: SessionUser;
let leah: string;
beforeAll(async () => {
	sam = await createStaff(['worker']);
	leah = await createYoungPerson({ teamId: await createTeam(), preferredName: 'Leah' });
	await allocate(leah, sam.id);
});

async function post(when: string) {
	const body = new FormData();
	body.append('type', 'looked_after_review');
	body.append('when', when);
	body.append('chair', 'Head teacher');
	const url = new URL(`http://localhost/worker/young-people/${leah}/meetings/new`);
	const event = {
		request: new Request(url, { method: 'POST', body }),
		params: { id: leah },
		locals: { user: sam },
		url
	};
	try {
		return await actions.default(event as never);
	} catch (thrown) {
		if (isRedirect(thrown)) return thrown;
		throw thrown;
	}
}
const refusal = async (when: string) => {
	const answer = await post(when);
	if (!isActionFailure(answer)) throw new Error(`expected ${when} to be refused`);
	return answer as unknown as {
		status: number;
		data: { values: Record<string, string>; errors: Record<string, string> };
	};
};
const fromToday = (days: number) =>
	new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

describe('the date and time of a new meeting', () => {
	it('is refused when no clock shows it, with what was typed kept', async () => {
		for (const when of ['2027-02-31T10:00', `${fromToday(30)}T25:00`, `${fromToday(30)}T24:00`]) {
			const refused = await refusal(when);
			expect(refused.status, when).toBe(400);
			expect(refused.data.errors, when).toEqual({ when: 'when_not_real' });
			expect(refused.data.values, when).toMatchObject({ when, chair: 'Head teacher' });
		}
	});

	it('is refused when years ahead, or passed', async () => {
		expect((await refusal('9999-12-31T23:59')).data.errors).toEqual({ when: 'too_far' });
		expect((await refusal(`${fromToday(3 * 366)}T10:00`)).data.errors).toEqual({ when: 'too_far' });
		expect((await refusal('2020-05-01T10:00')).data.errors).toEqual({ when: 'in_past' });
	});

	it('is asked for when left empty', async () => {
		expect((await refusal('')).data.errors).toEqual({ when: 'when_required' });
	});

	it('is scheduled when it is a real time within the next couple of years', async () => {
		const answer = await post(`${fromToday(60)}T10:00`);
		expect(isRedirect(answer) && answer.location).toMatch(/^\/worker\/meetings\/\w+$/);
	});
});
