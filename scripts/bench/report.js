// Prints the benchmark table and writes it into docs/BENCHMARKS.md between markers.
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';

export function writeReport(rows) {
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
	const stamp = `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}.`;
	const file = 'docs/BENCHMARKS.md';
	const doc = readFileSync(file, 'utf8');
	const updated = doc.replace(
		/<!-- bench:start -->[\s\S]*<!-- bench:end -->/,
		`<!-- bench:start -->\n${stamp}\n\n${table}\n<!-- bench:end -->`
	);
	writeFileSync(file, updated);
	if (rows.some((r) => r.pass === false)) process.exitCode = 1;
}
