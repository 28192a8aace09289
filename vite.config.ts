import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { minifyStaticScripts } from './scripts/minify-static-scripts.js';

const messages = paraglideVitePlugin({
	project: './project.inlang',
	outdir: './src/lib/paraglide',
	// The hook decides each request's language (src/lib/server/languages/request-locale.ts);
	// keep in step with `npm run messages` in package.json.
	strategy: ['custom-heard', 'baseLocale']
});

export default defineConfig({
	// Unit tests use the messages `npm run messages` compiled; the plugin's file
	// watcher would otherwise keep vitest from exiting for ten seconds.
	plugins: [...(process.env.VITEST ? [] : [messages]), sveltekit(), minifyStaticScripts()],
	test: {
		include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
		environment: 'node',
		// Each test file gets its own in-memory database with the real migrations.
		env: { DATABASE_URL: ':memory:', SEED_DEMO: '0' },
		testTimeout: 20_000
	}
});
