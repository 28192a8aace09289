import { defineCustomClientStrategy } from '$lib/paraglide/runtime.js';

// The server chose the page's language and wrote it on <html lang>; the browser keeps to it,
// so nothing changes language when the page's script starts. Choosing another language is a
// form sent to the server, which draws a fresh page.
defineCustomClientStrategy('custom-heard', {
	getLocale: () => document.documentElement.lang || undefined,
	setLocale: () => {}
});
