// ESLint as the `sv create` template sets it up: JavaScript, TypeScript and Svelte
// recommended rules, with formatting left to Prettier.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import { defineConfig } from 'eslint/config';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default defineConfig(
	{
		// Generated or built output, and the local data folders (.gitignore lists them too).
		ignores: [
			'.svelte-kit/',
			'build/',
			'src/lib/paraglide/',
			'data/',
			'backups/',
			'test-results/',
			'playwright-report/',
			'.test-data/',
			'.bench-data/',
			'drizzle/meta/',
			'drizzle-pg/meta/'
		]
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		// TypeScript already reports undefined names, with types; ESLint's rule would only duplicate it.
		rules: { 'no-undef': 'off' }
	},
	{
		// Heard is served at the origin's root (no paths.base) and many links are built from
		// data (an item's own href), so wrapping every href in resolve() would add noise, not safety.
		rules: { 'svelte/no-navigation-without-resolve': 'off' }
	},
	{
		// The quick-exit script runs before the app on the oldest phones, so it stays ES5:
		// `catch (e)` with an unused binding is how ES5 writes "ignore the error".
		files: ['static/**/*.js'],
		rules: { '@typescript-eslint/no-unused-vars': ['error', { caughtErrors: 'none' }] }
	},
	{
		// Reading and writing the database is awaited (ADR 44): a query nobody awaits never runs,
		// and a promise used as a value (in an `if`, as a callback's result) is always truthy.
		files: ['src/**/*.ts', 'tests/**/*.ts'],
		// The service worker runs in the browser and reads no database; it is outside the project.
		ignores: ['src/lib/paraglide/**', 'src/service-worker/**'],
		languageOptions: { parserOptions: { projectService: true } },
		rules: {
			'@typescript-eslint/no-floating-promises': 'error',
			'@typescript-eslint/no-misused-promises': 'error',
			'@typescript-eslint/await-thenable': 'error'
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	}
);
