import type { Action } from 'svelte/action';

const NOT_KEPT = new Set(['idempotencyKey', 'step', 'direction', 'consent']);

/**
 * Said on the window by static/quick-exit.js (a plain script, which repeats this name) just
 * before a quick exit or a sign-out empties every `heard-draft:` key from the phone: the page
 * sends its words to the server then, while the sign-in still holds, and keeps nothing more.
 */
export const LEAVING_EVENT = 'heard-leaving';

/**
 * The form's words as the phone keeps them: ticked boxes as one answer, joined by commas as the
 * server joins them. A recording is kept on the server only (with "Save and finish later" or a
 * simple-mode step).
 */
function entriesOf(form: HTMLFormElement): Record<string, string> {
	return keptWords([...new FormData(form)]);
}

/** Entries as the phone keeps them: repeated names (ticked boxes) joined by commas, none of NOT_KEPT. */
function keptWords(entries: [string, FormDataEntryValue][]): Record<string, string> {
	const kept: Record<string, string> = {};
	for (const [name, value] of entries)
		if (!NOT_KEPT.has(name) && !name.startsWith('voice_') && typeof value === 'string')
			kept[name] = name in kept ? `${kept[name]},${value}` : value;
	return kept;
}

/**
 * Names the form asks nothing of now: a follow-up that does not apply, hidden by the page
 * (live-follow-ups.svelte.ts). What it held is not sent, so the phone does not keep it either.
 */
const unasked = (form: HTMLFormElement) =>
	Array.from(
		form.querySelectorAll<HTMLInputElement>('[hidden] [name]:not([type="file"])'),
		(field) => field.name
	);

/**
 * Keeps what is typed on the device as it is typed, puts it back after a
 * closed tab or a crash, and saves it to the server when the phone hides the
 * page. The device copy is cleared (forgetDraft) once the server says the
 * statement is stored, not when Send is pressed: a failed send keeps it. Quick
 * exit and signing out clear it too (static/quick-exit.js), after LEAVING_EVENT.
 */
export const keepDraft: Action<HTMLFormElement, string> = (form, key) => {
	let storageKey = key;
	const stored = keptOnPhone(storageKey);
	if (stored) restore(form, stored);

	// Set once a quick exit or a sign-out has begun: from then on nothing is written back to the
	// phone (a box losing focus as the page goes may still fire "change") and nothing more is sent.
	let leaving = false;

	const saveNow = () => {
		if (!leaving) keepOnPhone(form, storageKey, stored);
	};
	// Once the page has drawn the change: an answer that hides a follow-up hides it first (the
	// page hears the change after this listener, so a microtask would still be too soon).
	const save = () => void setTimeout(saveNow, 0);
	const sendToServer = () => {
		if (!navigator.sendBeacon) return;
		const body = new FormData();
		for (const [name, value] of Object.entries(entriesOf(form))) body.set(name, value);
		navigator.sendBeacon(`${location.pathname}?/save`, body);
	};
	const saveToServer = () => {
		if (document.visibilityState === 'hidden' && !leaving) sendToServer();
	};
	// The words are not lost for the child: they go to the server before the phone's copy goes.
	// Sent now rather than when the page hides, which after signing out would be too late.
	const saveBeforeLeaving = () => {
		if (leaving) return;
		leaving = true;
		try {
			sendToServer();
		} catch {
			// Leaving matters more than saving.
		}
	};
	form.addEventListener('input', save);
	form.addEventListener('change', save);
	document.addEventListener('visibilitychange', saveToServer);
	window.addEventListener(LEAVING_EVENT, saveBeforeLeaving);
	return {
		update(next) {
			storageKey = next;
		},
		destroy() {
			form.removeEventListener('input', save);
			form.removeEventListener('change', save);
			document.removeEventListener('visibilitychange', saveToServer);
			window.removeEventListener(LEAVING_EVENT, saveBeforeLeaving);
		}
	};
};

function keptOnPhone(key: string): Record<string, string> | null {
	try {
		return JSON.parse(localStorage.getItem(key) ?? 'null') as Record<string, string> | null;
	} catch {
		return null;
	}
}

/** The form's words (or `words`) kept on the phone under `key`, over what was kept there before. */
function keepOnPhone(
	form: HTMLFormElement,
	key: string,
	before: Record<string, string> | null,
	words = entriesOf(form)
) {
	const kept = { ...(before ?? {}), ...words };
	for (const name of unasked(form)) delete kept[name];
	try {
		localStorage.setItem(key, JSON.stringify(kept));
	} catch {
		// Storage full or blocked: the server copy still protects the words.
	}
}

/** Whether a field is not as the page drew it: typed in, ticked or chosen since. */
function changedSinceDrawn(field: Element): boolean {
	if (field instanceof HTMLTextAreaElement) return field.value !== field.defaultValue;
	if (field instanceof HTMLSelectElement)
		return [...field.options].some((option) => option.selected !== option.defaultSelected);
	if (!(field instanceof HTMLInputElement) || field.type === 'file') return false;
	if (field.type === 'checkbox' || field.type === 'radio')
		return field.checked !== field.defaultChecked;
	return field.value !== field.defaultValue;
}

/**
 * Keeps what was written in the form as it gives way to "waiting to send" (its script has read
 * the phone's queue): words typed before the script ran fired nothing that kept them. "Write
 * something new" puts them back. Only what changed since the page drew the form: what it drew may
 * be the very words waiting to send (a draft the server kept), which would then go twice.
 */
export function keepBeforeItGoes(form: HTMLFormElement | undefined, key: string): void {
	if (!form) return;
	const changed = new Set(
		Array.from(form.elements)
			.filter(changedSinceDrawn)
			.map((field) => (field as HTMLInputElement).name)
	);
	const written = Object.entries(entriesOf(form)).filter(([name]) => changed.has(name));
	if (written.length > 0) keepOnPhone(form, key, keptOnPhone(key), Object.fromEntries(written));
}

/** Fills only empty fields: what the server sent back (after an error, say) wins. */
function restore(form: HTMLFormElement, values: Record<string, string>): void {
	fill(form, values, false);
}

/**
 * Puts kept words into the form's fields: only into empty ones (`over` false), or over what they
 * hold, as if typed, so the form's own listeners hear it (`over` true).
 */
function fill(form: HTMLFormElement, values: Record<string, string>, over: boolean): void {
	for (const [name, value] of Object.entries(values)) {
		const fields = form.querySelectorAll<
			HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement
		>(`[name="${CSS.escape(name)}"]`);
		const anyChecked = form.querySelector(`[name="${CSS.escape(name)}"]:checked`) !== null;
		for (const field of fields) {
			if (
				field instanceof HTMLInputElement &&
				(field.type === 'radio' || field.type === 'checkbox')
			) {
				// Ticked boxes are kept as one answer, joined by commas.
				const chosen = (field.type === 'radio' ? [value] : value.split(',')).includes(field.value);
				if (over) field.checked = chosen;
				else if (chosen && !anyChecked) field.checked = true;
			} else if (field.type === 'hidden' || field.type === 'file') continue;
			else if (over || field.value === '') field.value = value;
			if (over) field.dispatchEvent(new Event('input', { bubbles: true }));
		}
	}
}

/**
 * Words the phone's queue gives back (service-worker/send.ts) put into the form over what it
 * shows, as if typed: the form's own listeners keep them on the phone and count their letters.
 * False when there is no form to hold them (something else of it still waits), to try later.
 */
export function putBack(form: HTMLFormElement | undefined, fields: [string, string][]): boolean {
	if (!form) return false;
	fill(form, keptWords(fields), true);
	form.dispatchEvent(new Event('change', { bubbles: true }));
	return true;
}

export function forgetDraft(key: string): void {
	try {
		localStorage.removeItem(key);
	} catch {
		// Storage blocked: there is nothing kept to forget.
	}
}
