import { getContext, setContext } from 'svelte';

/**
 * Low data (docs/adr/0039): the young person's pages leave their pictures out, each beside
 * words that already say what it means, until "Show pictures" is tapped. Set by their layout;
 * anywhere else (staff pages, co-use) pictures are always drawn.
 */
const KEY = Symbol('pictures-shown');

export const setPicturesShown = (shown: () => boolean) => setContext(KEY, shown);

/** Called as a component starts; the answer follows the page's address as it changes. */
export const picturesShown = (): (() => boolean) =>
	getContext<(() => boolean) | undefined>(KEY) ?? (() => true);

/** Asked for on the address, so it works without JavaScript and lasts only for that page. */
export const SHOW_PICTURES_PARAM = 'pictures';

/** The young person's pages that draw pictures: only these offer "Show pictures". */
const WITH_PICTURES = new Set([
	'/(young-person)/me',
	'/(young-person)/me/say/[kind]',
	'/(young-person)/me/feelings',
	'/(young-person)/me/meetings/[id]',
	'/(young-person)/me/things/[id]'
]);

export const hasPictures = (routeId: string | null) => WITH_PICTURES.has(routeId ?? '');

/** The same page with its pictures: its own query kept, but not a form action's name. */
export function withPictures(url: URL): string {
	const query = new URLSearchParams(
		[...url.searchParams].filter(([name]) => !name.startsWith('/') && name !== SHOW_PICTURES_PARAM)
	);
	query.set(SHOW_PICTURES_PARAM, 'show');
	return `${url.pathname}?${query}`;
}
