import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Arabic, Dari and Pashto pages are drawn right to left: every style speaks of the start and
 * end of a line (margin-inline-start, text-align: start, inset-inline-end…), which the
 * browser turns round with the page, never of its left and right.
 */
const PHYSICAL: [string, RegExp][] = [
	[
		'a left or right margin, padding, border or scroll margin',
		/^(margin|padding|border|scroll-margin|scroll-padding)-(left|right)(-|$)/
	],
	['a left or right corner', /^border-(top|bottom)-(left|right)-radius$/],
	['a left or right position', /^(left|right)$/]
];
const PHYSICAL_VALUES: [string, RegExp, RegExp][] = [
	['text aligned left or right', /^text-align(-last)?$/, /^(left|right)\b/],
	['a float or clear to the left or right', /^(float|clear)$/, /^(left|right)\b/],
	[
		'a shorthand with different left and right sides',
		/^(margin|padding|inset|border-width|border-style|border-color|scroll-margin|scroll-padding)$/,
		/^\S+\s+(\S+)\s+\S+\s+(?!\1(\s|$))\S+$/
	],
	['corners rounded differently left and right', /^border-radius$/, /^\S+\s+\S+/]
];

/** Every declaration in a stylesheet or in a component's <style> and style attributes. */
function declarationsIn(source: string, isSvelte: boolean): { property: string; value: string }[] {
	const styles = isSvelte
		? [
				...[...source.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]!),
				...[...source.matchAll(/\sstyle="([^"]*)"/g)].map((m) => `{${m[1]};}`),
				...[...source.matchAll(/\sstyle:([a-z-]+)/g)].map((m) => `{${m[1]}: x;}`)
			].join('\n')
		: source;
	const withoutComments = styles.replace(/\/\*[\s\S]*?\*\//g, '');
	return [...withoutComments.matchAll(/(?<=[{;]\s*)([a-z-]+)\s*:\s*([^;{}]*?)\s*(?=[;}])/g)].map(
		(m) => ({ property: m[1]!, value: m[2]! })
	);
}

function physicalIn(source: string, isSvelte: boolean): string[] {
	return declarationsIn(source, isSvelte).flatMap(({ property, value }) => {
		const byName = PHYSICAL.find(([, pattern]) => pattern.test(property));
		if (byName) return [`${property}: ${value} (${byName[0]})`];
		const byValue = PHYSICAL_VALUES.find(
			([, name, values]) => name.test(property) && values.test(value)
		);
		return byValue ? [`${property}: ${value} (${byValue[0]})`] : [];
	});
}

function styledFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory())
			return path === join('src', 'lib', 'paraglide') ? [] : styledFiles(path);
		return /\.(css|svelte)$/.test(entry.name) ? [path] : [];
	});
}

describe('styles for pages read in either direction', () => {
	it('use no physical left or right anywhere in src', () => {
		const files = styledFiles('src');
		expect(files.length).toBeGreaterThan(50);
		const found = files.flatMap((file) =>
			physicalIn(readFileSync(file, 'utf8'), file.endsWith('.svelte')).map((d) => `${file}: ${d}`)
		);
		expect(found).toEqual([]);
	});

	it('finds each kind of physical style, in a stylesheet and in a component', () => {
		const css = `.a { margin-left: 1rem; }
			.b:hover { right: 0; text-align: right; }
			.c { padding: 0 1rem 0 2rem; border-top-left-radius: 2px; float: left; border-radius: 1px 2px; }
			.d { margin: 0 1rem; padding: 1rem 2rem 1rem 2rem; inset-inline-start: 0; text-align: start; }
			.e-left:hover { color: red; } /* margin-left: 1rem */`;
		expect(physicalIn(css, false).map((d) => d.split(':')[0])).toEqual([
			'margin-left',
			'right',
			'text-align',
			'padding',
			'border-top-left-radius',
			'float',
			'border-radius'
		]);
		const svelte = `<p style="left: 0">x</p><p style:margin-right={x}>y</p>
			<style>.f { border-right: 1px solid; } .g { margin-inline: 1rem; }</style>`;
		expect(physicalIn(svelte, true).map((d) => d.split(':')[0])).toEqual([
			'border-right',
			'left',
			'margin-right'
		]);
	});
});
