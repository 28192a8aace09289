// Where the server's CPU goes under the national mix: the built server run with --cpu-prof on a
// copy of the 100k authority, the mix offered for a while, then the profile's self time summed
// by function and by file. `node scripts/bench/profile-mix.js [rate] [seconds] [only]`: `only`
// keeps the mix's requests whose path starts with it (`/worker/young-people`, say), one at a time;
// ending in `$`, whose path is it (`/worker$`: the inbox alone).
import { copyFileSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { COUNCIL_TENTH } from './council.js';
import { benchDataPath, generateAuthority } from './generate.js';
import { mixPeopleOfTenth, mixRequest, offerMix, signInMix } from './mix.js';
import { startBenchServer } from './server.js';

const [rate = 40, seconds = 20] = process.argv.slice(2, 4).map(Number);
const onlyArgument = process.argv[4];
const exactly = onlyArgument?.endsWith('$');
const only = exactly ? onlyArgument.slice(0, -1) : onlyArgument;
const chosen = (path) => (exactly ? path === only : path.startsWith(only));
const source = await generateAuthority(benchDataPath('100k'), COUNCIL_TENTH);
const work = mkdtempSync(join(tmpdir(), 'heard-profile-'));
const path = join(work, 'heard.db');
copyFileSync(source, path);

const people = mixPeopleOfTenth(path);

const server = await startBenchServer(path, 4820, {}, ['--cpu-prof', `--cpu-prof-dir=${work}`]);
const signedIn = await signInMix(server.base, people);
async function oneKind(count) {
	const tag = `profile-${Date.now()}`;
	const pathOf = (url) => url.slice(server.base.length);
	const mixMakes = Array.from({ length: 100 }, (_, i) =>
		mixRequest(server.base, signedIn, i, tag)
	).some(({ url }) => chosen(pathOf(url)));
	// A page the mix does not make (`/worker/notifications`) is asked for by its workers.
	const asWorker = (i) => ({
		url: `${server.base}${only}`,
		init: { headers: { cookie: signedIn.workers[i % signedIn.workers.length].cookie } },
		expect: 200
	});
	const answers = [];
	for (let i = 0; answers.length < count; i += 1) {
		const { url, init, expect } = mixMakes
			? mixRequest(server.base, signedIn, i, tag)
			: asWorker(i);
		if (!chosen(pathOf(url))) continue;
		const response = await fetch(url, { ...init, redirect: 'manual' });
		await response.arrayBuffer();
		answers.push({ ok: response.status === expect });
	}
	return answers;
}
const cpuBefore = server.cpuSeconds();
const answers = only
	? await oneKind(rate * seconds)
	: await offerMix(server.base, signedIn, rate, seconds, `profile-${Date.now()}`);
const cpu = server.cpuSeconds() - cpuBefore;
await server.stop();
const failed = answers.filter((a) => !a.ok).length;
console.log(
	`${answers.length} requests, ${failed} failed, ${((cpu * 1000) / answers.length).toFixed(2)} ms CPU each`
);

const file = readdirSync(work).find((f) => f.endsWith('.cpuprofile'));
const profile = JSON.parse(readFileSync(join(work, file), 'utf8'));
const byNode = new Map(profile.nodes.map((n) => [n.id, n]));
const selfUs = new Map();
for (let i = 0; i < profile.samples.length; i += 1)
	selfUs.set(profile.samples[i], (selfUs.get(profile.samples[i]) ?? 0) + profile.timeDeltas[i]);
const total = [...selfUs.values()].reduce((a, b) => a + b, 0);
const sum = (keyOf) => {
	const sums = new Map();
	for (const [id, us] of selfUs) {
		const key = keyOf(byNode.get(id).callFrame);
		sums.set(key, (sums.get(key) ?? 0) + us);
	}
	return [...sums].sort((a, b) => b[1] - a[1]).slice(0, 30);
};
const short = (url) => url.replace(/^.*node_modules\//, '~').replace(/^.*\/build\//, 'build/');
// Inclusive time of Heard's own functions (the built chunks): where a request's time is spent.
const inclusive = new Map();
const visit = (node, stack) => {
	let us = selfUs.get(node.id) ?? 0;
	const f = node.callFrame;
	const key = `${f.functionName || '(anon)'} ${short(f.url)}:${f.lineNumber}`;
	const own = f.url.includes('/build/') && !stack.has(key);
	if (own) stack.add(key);
	for (const child of node.children ?? []) us += visit(byNode.get(child), stack);
	if (own) {
		stack.delete(key);
		inclusive.set(key, (inclusive.get(key) ?? 0) + us);
	}
	return us;
};
visit(profile.nodes[0], new Set());
console.log('\nHeard functions, inclusive');
for (const [key, us] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, 40))
	console.log(`${((100 * us) / total).toFixed(1)}%  ${key}`);

for (const [title, keyOf] of [
	['by file', (f) => short(f.url) || f.functionName],
	['by function', (f) => `${f.functionName || '(anon)'} ${short(f.url)}:${f.lineNumber}`]
]) {
	console.log(`\n${title}`);
	for (const [key, us] of sum(keyOf)) console.log(`${((100 * us) / total).toFixed(1)}%  ${key}`);
}
