import { beforeAll, describe, expect, it } from 'vitest';
import { createTeam, createYoungPerson } from '$tests/fixtures';
import { countYoungPeople, listYoungPeople } from './queries';

// Two young people with one name, and names enough for three pages of two. The searches hold a
// space, which no case reference does, so only names can match them.
const NAMES = ['Ash', 'Bo Ray', 'Bo Ray', 'Cal', 'Dee', 'Eli'];

beforeAll(async () => {
	const team = await createTeam('North');
	for (const preferredName of NAMES) await createYoungPerson({ teamId: team, preferredName });
});

describe("the admin's list of young people in pages", () => {
	it('splits the list by name into pages that neither skip nor repeat anyone', async () => {
		expect(await countYoungPeople()).toBe(NAMES.length);
		const whole = await listYoungPeople();
		const pages = [];
		for (const page of [1, 2, 3])
			pages.push(...(await listYoungPeople({}, undefined, { page, size: 2 })));
		expect(pages.map((p) => p.id)).toEqual(whole.map((p) => p.id));
		expect(pages.map((p) => p.preferredName)).toEqual(NAMES);
	});

	it('counts what a search finds, as the list shows it', async () => {
		expect(await countYoungPeople({ q: 'bo r' })).toBe(2);
		expect((await listYoungPeople({ q: 'bo r' })).map((p) => p.preferredName)).toEqual([
			'Bo Ray',
			'Bo Ray'
		]);
		expect(await countYoungPeople({ q: 'BO R' })).toBe(2);
		// What is typed is looked for as it is: % and _ are no wildcards.
		expect(await countYoungPeople({ q: 'o%R' })).toBe(0);
		expect(await countYoungPeople({ q: 'Bo_Ray' })).toBe(0);
		expect(await countYoungPeople({ archived: true })).toBe(0);
	});
});
