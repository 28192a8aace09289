import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter(),
		// Unit tests' fixtures live in tests/, out of the app's own code.
		alias: { $tests: 'tests' },
		// Addresses of scripts and styles from the root, not relative to the page: the "not for
		// you" page is drawn at whatever address was refused (hooks.server.ts), where relative
		// ones would miss, and a page without its scripts has no quick exit.
		paths: { relative: false },
		// Children's code: nothing leaves this origin. Kit adds a nonce or hash to
		// its own bootstrap script, so no 'unsafe-inline' is needed for scripts.
		csp: {
			mode: 'auto',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self'],
				// Style attributes only (SvelteKit's route announcer sets one); never scripts.
				'style-src-attr': ['unsafe-inline'],
				'img-src': ['self', 'data:'],
				'font-src': ['self'],
				// Voice notes: the server's own, and a child's recording played back before it is sent.
				'media-src': ['self', 'blob:'],
				'connect-src': ['self'],
				// The service worker (src/service-worker.ts) and the manifest come from here only.
				'worker-src': ['self'],
				'manifest-src': ['self'],
				'form-action': ['self'],
				'frame-ancestors': ['none'],
				'base-uri': ['self'],
				'object-src': ['none']
			}
		}
	}
};

export default config;
