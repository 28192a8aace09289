import { VOICE_MAX_BYTES } from '$lib/voice-limits';

/**
 * Why a post to a page's form action cannot be taken, before any action reads it,
 * or null when it can. Every form in Heard is a plain HTML form (or the same form
 * sent by fetch as multipart): text fields only, never a file, except a voice note
 * on the young person's say form (ADR 37). Anything else is a client's mistake or
 * a probe, and gets a 4xx from the hook instead of a thrown TypeError deep inside an action.
 */
export type UnreadableForm =
	'reserved_action' | 'not_a_form' | 'unreadable' | 'has_file' | 'too_large';

/** Every form but a voice note's: 64 KB is far more than the longest statement. */
export const FORM_MAX_BYTES = 65_536;
/** A say form with a recording for each of its words questions, and room for the words. */
export const VOICE_FORM_MAX_BYTES = 4 * VOICE_MAX_BYTES + FORM_MAX_BYTES;

const FORM_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data'];

const contentTypeOf = (request: Request) =>
	(request.headers.get('content-type') ?? '').split(';', 1)[0]!.trim().toLowerCase();

/** Whether a post says it is a form, as an HTML form (or the same form sent by script) does. */
export const isFormType = (request: Request): boolean =>
	FORM_TYPES.includes(contentTypeOf(request));

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

/** Whether the body is over the limit, read no further than the limit (a sender may not say its length). */
async function isLongerThan(request: Request, limit: number): Promise<boolean> {
	const said = Number(request.headers.get('content-length'));
	if (said > limit) return true;
	const reader = request.clone().body?.getReader();
	let length = 0;
	while (reader) {
		const { done, value } = await reader.read();
		if (done) break;
		length += value.byteLength;
		if (length > limit) {
			// Not awaited: a copy's cancel settles only once the body itself is cancelled too.
			void reader.cancel().catch(() => {});
			return true;
		}
	}
	return false;
}

/**
 * `voice` is set for the say form alone: its fields named voice_… may carry a
 * recording, and its body may be as large as the recordings allow.
 */
export async function whyFormPostIsUnreadable(
	request: Request,
	url: URL,
	voice = false
): Promise<UnreadableForm | null> {
	if (actionName(url) === 'default') return 'reserved_action';
	const type = contentTypeOf(request);
	if (!FORM_TYPES.includes(type)) return 'not_a_form';
	// Only multipart can carry a recording: a URL-encoded say form is held to the 64 KB of any other.
	const mayRecord = voice && type === 'multipart/form-data';
	if (await isLongerThan(request, mayRecord ? VOICE_FORM_MAX_BYTES : FORM_MAX_BYTES))
		return 'too_large';
	let form: FormData;
	try {
		// A copy is read, so the action still gets the whole body; its size is checked above.
		form = await request.clone().formData();
	} catch (error) {
		if (hasStatus(error)) throw error;
		return 'unreadable';
	}
	let words = 0;
	for (const [name, value] of form) {
		if (typeof value === 'string') words += value.length + name.length;
		else if (!(mayRecord && name.startsWith('voice_'))) return 'has_file';
	}
	// Beside its recordings, a say form's words are held to what any form may send.
	return words > FORM_MAX_BYTES ? 'too_large' : null;
}
