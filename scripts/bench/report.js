// Prints a benchmark table and writes it into docs/BENCHMARKS.md between its section's markers.
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';

const met = (pass) => (pass === null ? 'reference' : pass ? 'yes' : '**no**');

/** `section` names the markers: `bench` for the council authorities, `bench:weight`. */
export function writeReport(rows, section = 'bench', loadBefore = loadavg()) {
	const lines = [
		'| figure | measured | target | met | absolute |',
		'| --- | ---: | --- | --- | --- |',
		...rows.map(
			(r) => `| ${r.figure} | ${r.value.toFixed(2)} | ${r.target} | ${met(r.pass)} | ${r.detail} |`
		)
	];
	publish(lines, rows, section, loadBefore);
}

/** Prints the table and writes it, with when and on what it was measured, between the markers. */
function publish(lines, rows, section, loadBefore, measuredOn = '') {
	const table = lines.join('\n');
	console.log(table);
	// How busy the shared machine was: the load average (1 min) before this part ran, and after.
	const load = `load average ${loadBefore[0].toFixed(1)} before, ${loadavg()[0].toFixed(1)} after`;
	const on = [`${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}`, `Node ${process.version}`];
	if (measuredOn) on.push(measuredOn);
	const stamp = `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${on.join(', ')}, ${load}.`;
	const file = 'docs/BENCHMARKS.md';
	const doc = readFileSync(file, 'utf8');
	const start = `<!-- ${section}:start -->`;
	const end = `<!-- ${section}:end -->`;
	const at = doc.indexOf(start);
	const until = doc.indexOf(end);
	if (at < 0 || until < at) throw new Error(`${file} has no ${start} … ${end} markers`);
	const updated = `${doc.slice(0, at)}${start}\n${stamp}\n\n${table}\n${doc.slice(until)}`;
	writeFileSync(file, updated);
	if (rows.some((r) => r.pass === false)) process.exitCode = 1;
}

const ENGINES = { sqlite: 'SQLite', postgres: 'PostgreSQL' };

/**
 * The same figures measured on each engine, side by side, one row a figure: `byEngine` holds
 * each engine's rows (as `writeReport` takes them) by `sqlite` or `postgres`, an engine not run
 * having none. A figure one engine has no row for (the kill is PostgreSQL's) says "not measured".
 * `measuredOn` names the engines' versions for the heading.
 */
export function writeEnginesReport(byEngine, section, loadBefore = loadavg(), measuredOn = '') {
	const rows = Object.values(byEngine).flat();
	publish(enginesTable(byEngine), rows, section, loadBefore, measuredOn);
}

/** The lines of the side-by-side table. */
export function enginesTable(byEngine) {
	const engines = Object.keys(ENGINES);
	const figures = [...new Set(engines.flatMap((e) => (byEngine[e] ?? []).map((r) => r.figure)))];
	const rowOf = (engine, figure) => byEngine[engine]?.find((r) => r.figure === figure);
	const cells = (engine, figure) => {
		const row = rowOf(engine, figure);
		if (!row) return ['—', 'not measured'];
		if (Number.isNaN(row.value)) return ['—', '**failed**'];
		return [row.value.toFixed(2), met(row.pass)];
	};
	return [
		`| figure | target | ${engines.map((e) => `${ENGINES[e]} | met`).join(' | ')} | ${engines.map((e) => `absolute, ${ENGINES[e]}`).join(' | ')} |`,
		`| --- | --- | ${engines.map(() => '---: | ---').join(' | ')} | ${engines.map(() => '---').join(' | ')} |`,
		...figures.map((figure) => {
			// One target where the engines share it; each its own where they differ (the CPU).
			const targets = engines.flatMap((e) => rowOf(e, figure)?.target ?? []);
			const target =
				new Set(targets).size <= 1
					? (targets[0] ?? '—')
					: engines
							.filter((e) => rowOf(e, figure))
							.map((e) => `${rowOf(e, figure).target} (${ENGINES[e]})`)
							.join(', ');
			const measured = engines.flatMap((e) => cells(e, figure));
			const details = engines.map((e) => rowOf(e, figure)?.detail ?? '—');
			return `| ${figure} | ${target} | ${measured.join(' | ')} | ${details.join(' | ')} |`;
		})
	];
}
