// `npm run bench`: synthetic authorities, the built server on each, and tables of ratios measured
// in this run on this machine (see docs/BENCHMARKS.md). `-- --only national` (or `council`, or
// `weight`: every young person's page weighed in Chromium) runs one part; `-- --seconds N` shortens the national mix's two steady loads (60 s each).
// `-- --engine sqlite|postgres|both` chooses where the national figures are measured: both, side
// by side, by default where PostgreSQL is installed (postgres-bench.js).
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { COUNCIL, COUNCIL_TENTH, measureCouncil } from './council.js';
import { BENCH_PASSWORD, benchDataPath, generateAuthority } from './generate.js';
import { signIn } from './http.js';
import { startMailCatcher } from './mail.js';
import { NATIONAL, measureNational } from './national.js';
import { benchOptions, engines } from './options.js';
import { measureNationalOnPostgres } from './postgres-bench.js';
import { startBenchServer } from './server.js';
import { writeEnginesReport, writeReport } from './report.js';
import { postgresBin } from '../postgres.js';
import { addYoungPersonPageWeights } from './young-pages.js';

let options;
try {
	options = benchOptions(process.argv.slice(2));
	const chosen = engines(options, Boolean(process.env.POSTGRES_URL || postgresBin()));
	chosen.notes.forEach((note) => console.log(`Note: ${note}`));
	options = { ...options, sections: chosen.sections, engines: chosen.engines };
} catch (error) {
	console.error(error.message);
	process.exit(2);
}
if (!existsSync('build/index.js')) {
	console.error('Build first: npm run build');
	process.exit(1);
}
const wanted = (section) => options.sections.includes(section);
const council =
	wanted('council') || wanted('national')
		? await generateAuthority(benchDataPath('1m'), COUNCIL)
		: null;
const tenth = wanted('council')
	? await generateAuthority(benchDataPath('100k'), COUNCIL_TENTH)
	: null;
const national = wanted('national')
	? await generateAuthority(benchDataPath('national'), NATIONAL)
	: null;
// Page weights need one young person and their pages, not a large authority.
const small = wanted('weight')
	? await generateAuthority(benchDataPath('weight'), {
			youngPeople: 120,
			workers: 3,
			teams: 1,
			statements: 1_200
		})
	: null;
const work = mkdtempSync(join(tmpdir(), 'heard-bench-'));

/** The built server on a copy of `source` (the generated file stays as generated), for `measure`. */
async function onCopyOf(source, port, measure, env) {
	const path = join(work, `run-${port}.db`);
	copyFileSync(source, path);
	const server = await startBenchServer(path, port, env);
	try {
		return await measure(server);
	} finally {
		await server.stop();
		rmSync(path, { force: true });
	}
}

/** Collects a table's rows, and prints each as it is measured (a later failure keeps them). */
const rowsAdder =
	(rows, engine = '') =>
	(figure, value, target, pass, detail) => {
		rows.push({ figure, value, target, pass, detail });
		console.log(`${engine}${figure}: ${value.toFixed(2)} (target ${target}) ${detail}`);
	};

try {
	if (wanted('council')) {
		const load = loadavg();
		const rows = [];
		await onCopyOf(council, 4801, (server) =>
			measureCouncil(server, work, (measure) => onCopyOf(tenth, 4802, measure), rowsAdder(rows))
		);
		writeReport(rows, 'bench', load);
	}
	if (wanted('national')) {
		const load = loadavg();
		const rows = {};
		const measuredOn = [];
		if (options.engines.includes('sqlite')) {
			rows.sqlite = [];
			const mail = await startMailCatcher();
			try {
				await onCopyOf(
					national,
					4803,
					(server) =>
						onCopyOf(council, 4804, (councilServer) =>
							measureNational(
								server,
								(measure) => measure(councilServer),
								mail,
								options.seconds,
								rowsAdder(rows.sqlite)
							)
						),
					{ SMTP_URL: mail.url }
				);
			} finally {
				await mail.stop();
			}
		}
		if (options.engines.includes('postgres')) {
			rows.postgres = [];
			const add = rowsAdder(rows.postgres, 'PostgreSQL: ');
			measuredOn.push(await measureNationalOnPostgres(national, council, options.seconds, add));
		}
		writeEnginesReport(rows, 'bench:national', load, measuredOn.join(', '));
	}
	if (wanted('weight')) {
		const load = loadavg();
		const rows = [];
		await onCopyOf(small, 4805, async (server) => {
			const cookie = await signIn(server.base, 'yp100', BENCH_PASSWORD);
			await addYoungPersonPageWeights(rowsAdder(rows), server.base, cookie);
		});
		writeReport(rows, 'bench:weight', load);
	}
} finally {
	rmSync(work, { recursive: true, force: true });
}
