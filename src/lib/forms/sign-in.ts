import type { SubmitFunction } from '@sveltejs/kit';

/**
 * For forms that sign someone in (sign-in, its second step, activation): the
 * page they arrive at is loaded whole. It is drawn in the
 * account's own language from the start, and nothing of the signed-out page
 * is carried over. Moving there by script instead drew it in the old
 * language, then reloaded it (see src/routes/+layout.svelte), and the reload
 * could cut short whatever the person tapped next.
 */
export const loadWholePageAfterSignIn: SubmitFunction = () => {
	return async ({ result, update }) => {
		if (result.type === 'redirect') location.assign(result.location);
		else await update();
	};
};
