// The plain scripts in static/ (quick-exit.js) are written to be read, with comments that say
// why; a young person's phone should download only the code. Vite copies static/ into the
// client build as it is: this minifies those copies once the client build is written, so the
// source stays readable and what is served is small (page weight: docs/BENCHMARKS.md).
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { minify } from 'vite';

/** @returns {import('vite').Plugin} */
export function minifyStaticScripts() {
	/** @type {string | false} */
	let publicDir = false;
	let outDir = '';
	return {
		name: 'heard:minify-static-scripts',
		apply: 'build',
		configResolved(config) {
			publicDir = config.publicDir || false;
			outDir = config.build.outDir;
		},
		async writeBundle() {
			if (!publicDir || !existsSync(publicDir)) return;
			for (const name of readdirSync(publicDir).filter((file) => file.endsWith('.js'))) {
				const copy = join(outDir, name);
				if (!existsSync(copy)) continue;
				const result = await minify(name, readFileSync(copy, 'utf8'), {
					compress: true,
					mangle: true
				});
				const [problem] = result.errors;
				if (problem) throw new Error(`${name}: ${problem.message}`);
				writeFileSync(copy, result.code);
			}
		}
	};
}
