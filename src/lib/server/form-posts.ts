/**
 * Why a post to a page's form action cannot be taken, before any action reads it,
 * or null when it can. Every form in Heard is a plain HTML form (or the same form
 * sent by fetch as multipart): text fields only, never a file. Anything else is a
 * client's mistake or a probe, and gets a 4xx from the hook instead of a thrown
 * TypeError deep inside an action.
 */
export type UnreadableForm = 'reserved_action' | 'not_a_form' | 'unreadable' | 'has_file';

const FORM_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data'];

/** The first `?/name` parameter names the action, as SvelteKit reads it; `default` is reserved. */
function actionName(url: URL): string | null {
	for (const key of url.searchParams.keys()) if (key.startsWith('/')) return key.slice(1);
	return null;
}

/** A thrown error that already carries an HTTP status (the body size limit's 413) passes on as it is. */
function hasStatus(error: unknown): boolean {
	return (
		typeof error === 'object' &&
		error !== null &&
		typeof (error as { status?: unknown }).status === 'number'
	);
}

export async function whyFormPostIsUnreadable(
	request: Request,
	url: URL
): Promise<UnreadableForm | null> {
	if (actionName(url) === 'default') return 'reserved_action';
	const type = (request.headers.get('content-type') ?? '').split(';', 1)[0]!.trim().toLowerCase();
	if (!FORM_TYPES.includes(type)) return 'not_a_form';
	let form: FormData;
	try {
		// A copy is read, so the action still gets the whole body. Bodies are small (BODY_SIZE_LIMIT).
		form = await request.clone().formData();
	} catch (error) {
		if (hasStatus(error)) throw error;
		return 'unreadable';
	}
	for (const value of form.values()) if (typeof value !== 'string') return 'has_file';
	return null;
}
