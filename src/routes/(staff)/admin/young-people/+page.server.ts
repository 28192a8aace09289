import { pageAskedFor } from '$lib/paging';
import { RECORDS_PAGE_SIZE, countYoungPeople, listYoungPeople } from '$lib/server/records/queries';

export const load = async ({ url }) => {
	const q = (url.searchParams.get('q') ?? '').slice(0, 60);
	const archived = url.searchParams.get('archived') === '1';
	const total = await countYoungPeople({ q, archived });
	const { page, paging } = pageAskedFor(url, total, RECORDS_PAGE_SIZE);
	const people = await listYoungPeople({ q, archived }, undefined, { page });
	return { q, archived, people, paging: paging(people.length) };
};
