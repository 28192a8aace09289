import type { Action } from 'svelte/action';

const NOT_KEPT = new Set(['idempotencyKey', 'step', 'direction', 'consent']);

function entriesOf(form: HTMLFormElement): Record<string, string> {
	const kept: Record<string, string> = {};
	// A recording is kept on the server only (with "Save and finish later" or a simple-mode step).
	for (const [name, value] of new FormData(form))
		if (!NOT_KEPT.has(name) && !name.startsWith('voice_') && typeof value === 'string')
			kept[name] = value;
	return kept;
}

/**
 * Keeps what is typed on the device as it is typed, puts it back after a
 * closed tab or a crash, and saves it to the server when the phone hides the
 * page. The device copy is cleared (forgetDraft) once the server says the
 * statement is stored, not when Send is pressed: a failed send keeps it.
 */
export const keepDraft: Action<HTMLFormElement, string> = (form, key) => {
	let storageKey = key;
	const stored = (() => {
		try {
			return JSON.parse(localStorage.getItem(storageKey) ?? 'null') as Record<
				string,
				string
			> | null;
		} catch {
			return null;
		}
	})();
	if (stored) restore(form, stored);

	const save = () => {
		try {
			localStorage.setItem(storageKey, JSON.stringify({ ...(stored ?? {}), ...entriesOf(form) }));
		} catch {
			// Storage full or blocked: the server copy still protects the words.
		}
	};
	const saveToServer = () => {
		if (document.visibilityState !== 'hidden' || !navigator.sendBeacon) return;
		const body = new FormData();
		for (const [name, value] of Object.entries(entriesOf(form))) body.set(name, value);
		navigator.sendBeacon(`${location.pathname}?/save`, body);
	};
	form.addEventListener('input', save);
	form.addEventListener('change', save);
	document.addEventListener('visibilitychange', saveToServer);
	return {
		update(next) {
			storageKey = next;
		},
		destroy() {
			form.removeEventListener('input', save);
			form.removeEventListener('change', save);
			document.removeEventListener('visibilitychange', saveToServer);
		}
	};
};

/** Fills only empty fields: what the server sent back (after an error, say) wins. */
function restore(form: HTMLFormElement, values: Record<string, string>): void {
	for (const [name, value] of Object.entries(values)) {
		const fields = form.querySelectorAll<
			HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement
		>(`[name="${CSS.escape(name)}"]`);
		for (const field of fields) {
			if (field instanceof HTMLInputElement && field.type === 'radio') {
				if (field.value === value && !form.querySelector(`[name="${CSS.escape(name)}"]:checked`))
					field.checked = true;
			} else if (field.value === '') field.value = value;
		}
	}
}

export function forgetDraft(key: string): void {
	try {
		localStorage.removeItem(key);
	} catch {
		// Storage blocked: there is nothing kept to forget.
	}
}
