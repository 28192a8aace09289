import { loadSignedIn, signedInActions } from '$lib/http/signed-in-page';

export const load = async (event) => await loadSignedIn(event);
export const actions = signedInActions;
