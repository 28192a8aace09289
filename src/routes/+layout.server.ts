// Loads nothing, on purpose. With a server load at the root, SvelteKit answers a page whose data
// it cannot fetch (no signal) by loading that page in full, which the service worker then serves
// as it was last kept, with its offline note (docs/adr/0032), instead of an error page.
export const load = () => ({});
