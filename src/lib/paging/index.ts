import { z } from 'zod';

/** A page number from an address: a whole number from 1, anything else the first page. */
const PageNumber = z.coerce.number().int().min(1).max(1_000_000);

export interface Paging {
	page: number;
	pages: number;
	/** The first and last row shown, counted from 1, and how many there are in all. */
	first: number;
	last: number;
	total: number;
	/** Addresses of the page before and after, with every other choice kept; null at either end. */
	previous: string | null;
	next: string | null;
}

/**
 * The page asked for, no further than the last there is (a bookmark outlives its rows), and what
 * the list says of it once its rows are read.
 */
export function pageAskedFor(url: URL, total: number, size: number) {
	const asked = PageNumber.safeParse(url.searchParams.get('page') ?? 1).data ?? 1;
	const pages = Math.max(1, Math.ceil(total / size));
	const page = Math.min(asked, pages);
	return {
		page,
		pages,
		paging: (shown: number) => pagingOf(url, { page, pages, size, total, shown })
	};
}

/** What a list says of the page it shows, and where the pages beside it are. */
export function pagingOf(
	url: URL,
	at: { page: number; pages: number; size: number; total: number; shown: number }
): Paging {
	const hrefOf = (page: number) => {
		const query = new URLSearchParams(url.searchParams);
		if (page === 1) query.delete('page');
		else query.set('page', String(page));
		const text = query.toString();
		return text ? `${url.pathname}?${text}` : url.pathname;
	};
	const first = at.shown ? (at.page - 1) * at.size + 1 : 0;
	return {
		page: at.page,
		pages: at.pages,
		first,
		last: at.shown ? first + at.shown - 1 : 0,
		total: at.total,
		previous: at.page > 1 ? hrefOf(at.page - 1) : null,
		next: at.page < at.pages ? hrefOf(at.page + 1) : null
	};
}
