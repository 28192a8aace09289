import { loadSignedIn, signedInActions } from '$lib/http/signed-in-page';

export const load = (event) => loadSignedIn(event);
export const actions = signedInActions;
