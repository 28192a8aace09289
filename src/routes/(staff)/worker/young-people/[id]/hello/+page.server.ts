import { fieldErrors } from '$lib/forms/read-form';
import { error, fail } from '@sveltejs/kit';
import { z } from 'zod';
import { requiredText } from '$lib/forms/fields';
import { shortDate } from '$lib/dates';
import { recordWeHaveMet, writeHello } from '$lib/server/new-worker/mutations';
import { findOwnHello } from '$lib/server/new-worker/queries';
import { findVisibleYoungPerson } from '$lib/server/staff/scope-prepared';

const HELLO_MAX = 600;

/** Only the young person's new worker says hello; anyone else finds nothing here. */
async function helloOf(actor: App.Locals['user'], youngPersonId: string) {
	const person = await findVisibleYoungPerson(actor!, youngPersonId);
	const hello = person && (await findOwnHello(actor!, youngPersonId));
	if (!person || !hello) error(404, 'Not found');
	return { person, hello };
}

export const load = async ({ locals, params }) => {
	const { person, hello } = await helloOf(locals.user, params.id);
	return {
		person: { id: person.id, preferredName: person.preferredName },
		hello: {
			whoIAm: hello.whoIAm,
			howToReach: hello.howToReach,
			whenWeMeet: hello.whenWeMeet,
			writtenWords: hello.writtenAt ? shortDate(hello.writtenAt) : null,
			metWords: hello.metAt ? shortDate(hello.metAt) : null
		},
		max: HELLO_MAX
	};
};

const Hello = z.object({
	whoIAm: requiredText(HELLO_MAX),
	howToReach: requiredText(HELLO_MAX),
	whenWeMeet: requiredText(HELLO_MAX)
});

const text = (v: FormDataEntryValue | undefined) =>
	typeof v === 'string' ? v.slice(0, 10_000) : '';

export const actions = {
	hello: async ({ request, locals, params }) => {
		await helloOf(locals.user, params.id);
		const form = Object.fromEntries(await request.formData());
		const values = {
			whoIAm: text(form.whoIAm),
			howToReach: text(form.howToReach),
			whenWeMeet: text(form.whenWeMeet)
		};
		const parsed = Hello.safeParse(form);
		if (!parsed.success) return fail(400, { values, errors: fieldErrors(parsed.error) });
		if ((await writeHello(locals.user!, params.id, parsed.data)) === 'not_found')
			error(404, 'Not found');
		return { saved: true };
	},
	met: async ({ locals, params }) => {
		await helloOf(locals.user, params.id);
		const result = await recordWeHaveMet(locals.user!, params.id);
		if (result === 'not_found') error(404, 'Not found');
		if (result === 'not_written') return fail(400, { metError: true });
		return { met: true };
	}
};
