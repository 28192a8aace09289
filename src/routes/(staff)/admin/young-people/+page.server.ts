import { listYoungPeople } from '$lib/server/records/queries';

export const load = async ({ url }) => {
	const q = (url.searchParams.get('q') ?? '').slice(0, 60);
	const archived = url.searchParams.get('archived') === '1';
	return { q, archived, people: await listYoungPeople({ q, archived }) };
};
