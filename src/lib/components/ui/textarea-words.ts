import { browser } from '$app/environment';
import type { Action } from 'svelte/action';

/*
 * Words a form gives back into a textarea, with and without JavaScript.
 * Svelte writes `defaultValue` into an input on the server but not into a
 * textarea, so the page a failed post drew had empty boxes. The words go in as
 * `value` on the server only (`serverWords`); in the browser `wordsBack` sets
 * the textarea's default, which shows them unless someone has already typed
 * there: what was typed before the page's script arrived is never wiped.
 */

export function serverWords(words: string | undefined): string | undefined {
	return browser ? undefined : words;
}

export const wordsBack: Action<HTMLTextAreaElement, string | undefined> = (textarea, words) => {
	textarea.defaultValue = words ?? '';
	return {
		update(next) {
			textarea.defaultValue = next ?? '';
		}
	};
};
