// `node scripts/bench/weight.js [port]`: only the page weights of `npm run bench`, on a small
// generated authority, in a minute. Prints the rows; docs/BENCHMARKS.md is written by the full run.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BENCH_PASSWORD, generateAuthority } from './generate.js';
import { signIn } from './http.js';
import { addPageWeights } from './page-weight.js';
import { startBenchServer } from './server.js';

const TINY = { youngPeople: 120, workers: 3, teams: 1, statements: 1_200 };
const port = Number(process.argv[2] ?? 4810);
if (!existsSync('build/index.js')) {
	console.error('Build first: npm run build');
	process.exit(1);
}

const work = mkdtempSync(join(tmpdir(), 'heard-weight-'));
const server = await startBenchServer(await generateAuthority(join(work, 'tiny.db'), TINY), port);
const rows = [];
try {
	const [standard, simple] = await Promise.all(
		['yp100', 'yp101'].map((name) => signIn(server.base, name, BENCH_PASSWORD))
	);
	await addPageWeights(
		(figure, value, target, pass, detail) => rows.push({ figure, value, target, pass, detail }),
		server.base,
		standard,
		simple
	);
} finally {
	await server.stop();
	rmSync(work, { recursive: true, force: true });
}
for (const r of rows)
	console.log(
		`${r.figure}: ${r.value.toFixed(2)} KB (${r.target}, ${r.pass ? 'met' : 'NOT met'}; ${r.detail})`
	);
if (rows.some((r) => r.pass === false)) process.exitCode = 1;
