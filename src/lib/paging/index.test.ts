import { describe, expect, it } from 'vitest';
import { pageAskedFor, pagingOf } from './index';

const url = (query: string) => new URL(`http://heard.test/worker${query}`);

describe('the page asked for', () => {
	it('is the first for a missing, odd or negative number, and never past the last', () => {
		for (const query of [
			'',
			'?page=',
			'?page=abc',
			'?page=0',
			'?page=-3',
			'?page=1.5',
			'?page=1e99'
		])
			expect(pageAskedFor(url(query), 60, 25), query).toMatchObject({ page: 1, pages: 3 });
		expect(pageAskedFor(url('?page=2'), 60, 25).paging(25)).toMatchObject({
			page: 2,
			first: 26,
			last: 50
		});
		expect(pageAskedFor(url('?page=40'), 60, 25)).toMatchObject({ page: 3, pages: 3 });
		expect(pageAskedFor(url('?page=3'), 0, 25)).toMatchObject({ page: 1, pages: 1 });
	});
});

describe('what a page says of itself', () => {
	it('names its rows and links the pages beside it, keeping every other choice', () => {
		const paging = pagingOf(url('?status=unread&kind=worried&page=2'), {
			page: 2,
			pages: 3,
			size: 25,
			total: 60,
			shown: 25
		});
		expect(paging).toMatchObject({ first: 26, last: 50, total: 60 });
		expect(paging.previous).toBe('/worker?status=unread&kind=worried');
		expect(paging.next).toBe('/worker?status=unread&kind=worried&page=3');
	});

	it('has no link before the first page or after the last', () => {
		const last = pagingOf(url('?page=3'), { page: 3, pages: 3, size: 25, total: 60, shown: 10 });
		expect(last).toMatchObject({ first: 51, last: 60, next: null, previous: '/worker?page=2' });
		const only = pagingOf(url(''), { page: 1, pages: 1, size: 25, total: 4, shown: 4 });
		expect(only).toMatchObject({ previous: null, next: null, first: 1, last: 4 });
	});
});
