import type { Action } from 'svelte/action';

/**
 * `use:focusSummary={form}` on the message that heads a refused form ("Some settings need
 * fixing"): it takes focus when said, and again after each refused save (a new `form`), so a
 * keyboard or screen reader user starts from what is wrong rather than from the button they
 * pressed, far below. The element needs tabindex="-1".
 */
export const focusSummary: Action<HTMLElement, unknown> = (summary) => {
	summary.focus();
	return {
		update() {
			summary.focus();
		}
	};
};
