import { describe, expect, it } from 'vitest';
import { ROUTE_ACCESS } from '$lib/server/auth/access';
import { isKeptPage } from './kept-pages';

const pathOf = (routeId: string) =>
	routeId.replace(/\/\([^)]+\)/g, '').replace(/\[\w+\]/g, 'sample_id') || '/';

describe('pages kept on the phone', () => {
	it('are the young person’s own pages and help', () => {
		for (const path of [
			'/me',
			'/me/say/worried',
			'/me/things',
			'/me/things/abc123',
			'/me/about',
			'/help'
		])
			expect(isKeptPage(path), path).toBe(true);
	});

	it('never include a staff page, settings, a download or the sign-in pages', () => {
		const notKept = Object.keys(ROUTE_ACCESS)
			.filter((id) => !id.startsWith('/(young-person)') && id !== '/(public)/help')
			.concat([
				'/(young-person)/me/settings',
				'/(young-person)/me/words/download',
				'/(young-person)/me/things/[id]/correct'
			])
			.map(pathOf);
		for (const path of notKept) expect(isKeptPage(path), path).toBe(false);
	});
});
