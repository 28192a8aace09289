import { pageAskedFor, pagingOf } from '$lib/paging';
import { RECORDS_PAGE_SIZE, countYoungPeople, listYoungPeople } from '$lib/server/records/queries';

export const load = async ({ url }) => {
	const q = (url.searchParams.get('q') ?? '').slice(0, 60);
	const archived = url.searchParams.get('archived') === '1';
	const total = await countYoungPeople({ q, archived });
	const { page, pages } = pageAskedFor(url, total, RECORDS_PAGE_SIZE);
	const people = await listYoungPeople({ q, archived }, undefined, { page });
	const paging = pagingOf(url, {
		page,
		pages,
		size: RECORDS_PAGE_SIZE,
		total,
		shown: people.length
	});
	return { q, archived, people, paging };
};
