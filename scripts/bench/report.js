// Prints a benchmark table and writes it into docs/BENCHMARKS.md between its section's markers.
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';

/** `section` names the markers: `bench` for the council authorities, `bench:national`. */
export function writeReport(rows, section = 'bench', loadBefore = loadavg()) {
	const lines = [
		'| figure | measured | target | met | absolute |',
		'| --- | ---: | --- | --- | --- |',
		...rows.map(
			(r) =>
				`| ${r.figure} | ${r.value.toFixed(2)} | ${r.target} | ${r.pass === null ? 'reference' : r.pass ? 'yes' : '**no**'} | ${r.detail} |`
		)
	];
	const table = lines.join('\n');
	console.log(table);
	// How busy the shared machine was: the load average (1 min) before this part ran, and after.
	const load = `load average ${loadBefore[0].toFixed(1)} before, ${loadavg()[0].toFixed(1)} after`;
	const stamp = `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}, ${load}.`;
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
