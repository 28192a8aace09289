// A national authority (the sizes: 250,000 young people, 8,000 workers, 400 teams, ten
// million statements over three years) against the national peak of 20 statements and 200 page
// views a second: on SQLite with one server, or on PostgreSQL with two servers sharing it
// (postgres-bench.js). Every figure is a ratio measured in this run; each engine's rows have the
// same names, so report.js sets them side by side.
import Database from 'better-sqlite3';
import { longestWaitRow, reportsAndScanMs } from './council.js';
import { percentile } from './http.js';
import { urgentMailMs } from './mail.js';
import { offerMix, signInMix } from './mix.js';

export const NATIONAL = {
	youngPeople: 250_000,
	workers: 8_000,
	teams: 400,
	statements: 10_000_000
};
/** The national peak: 20 statements and 200 page views a second. */
export const PEAK_RATE = 220;

/**
 * How an engine is measured: SQLite on one server, its CPU the server's; PostgreSQL
 * (postgres-bench.js) on two, its CPU theirs and the database server's, with rows of its own
 * measured `afterwards`.
 * @typedef {{ cpuTarget: number, servers: string, cpuOf: string,
 *   afterwards?: (signedIn: object) => Promise<void> }} Engine
 */
export const SQLITE = { cpuTarget: 0.5, servers: 'one server', cpuOf: 'one server' };

/**
 * Whom the load acts as, read from the generated data (the file itself, or the one PostgreSQL was
 * loaded from: the same rows): young people 1000–1049 send the urgent
 * statements (their workers, 1001–1050, manage no team, so each mail names one worker), and
 * young people 2000–2039 and workers 3000–3019 make the mix.
 */
function peopleOf(path) {
	const db = new Database(path, { readonly: true });
	const caseOf = db.prepare(
		`SELECT a.young_person_id AS id FROM allocations a JOIN users u ON u.id = a.worker_id
		 WHERE u.email = ? AND a.ended_at IS NULL LIMIT 1`
	);
	const workerOf = db.prepare(
		`SELECT u.email FROM users p JOIN young_people y ON y.user_id = p.id
		 JOIN allocations a ON a.young_person_id = y.id AND a.ended_at IS NULL
		 JOIN users u ON u.id = a.worker_id WHERE p.username = ?`
	);
	const range = (from, n) => Array.from({ length: n }, (_, i) => from + i);
	const people = {
		urgent: range(1000, 50).map((p) => ({
			username: `yp${p}`,
			workerEmail: workerOf.get(`yp${p}`).email
		})),
		youngPeople: range(2000, 40).map((p) => `yp${p}`),
		workers: range(3000, 20).map((w) => ({
			email: `worker${w}@bench.example`,
			youngPersonId: caseOf.get(`worker${w}@bench.example`).id
		}))
	};
	db.close();
	return people;
}

/**
 * `national` is a running bench server (or, on PostgreSQL, the servers sharing one database, with
 * `bases` to spread the load over and `source`, the generated file); `onCouncil(measure)` runs
 * `measure` with the 1M authority's server; `mail` is the SMTP catcher `national` sends to.
 * @param {Engine} engine
 */
export async function measureNational(national, onCouncil, mail, seconds, add, engine = SQLITE) {
	const people = peopleOf(national.source ?? national.path);
	const bases = national.bases ?? national.base;
	console.log('national: 50 urgent statements and their mail');
	const urgent = await urgentMailMs(bases, mail, people.urgent);
	const urgentP95 = percentile(urgent, 95) / 1000;
	add(
		`urgent statement's "Sent!" to its worker's email accepted by a local SMTP server, p95 of ${urgent.length}`,
		urgentP95,
		'≤ 5 s',
		urgentP95 <= 5,
		`median ${(percentile(urgent, 50) / 1000).toFixed(1)} s, slowest ${(Math.max(...urgent) / 1000).toFixed(1)} s`
	);

	console.log(`national: the mix at ${PEAK_RATE / 10}/s, then ${PEAK_RATE}/s, ${seconds} s each`);
	const signedIn = await signInMix(national.base, people);
	// Warm up: the first requests of each page compile and fill caches.
	await offerMix(bases, signedIn, 20, 2, 'warm');
	const atTenth = await cpuOf(national, () =>
		offerMix(bases, signedIn, PEAK_RATE / 10, seconds, 'tenth')
	);
	const tenth = atTenth.answers;
	const peakStarted = performance.now();
	const atPeak = await cpuOf(national, () => offerMix(bases, signedIn, PEAK_RATE, seconds, 'peak'));
	const peak = atPeak.answers;
	const peakSeconds = (performance.now() - peakStarted) / 1000;
	// What a request costs at the peak rate, where requests come together (each wake of the event
	// loop answers several); a tenth of it is printed beside it, where the same fixed work (timers,
	// background rounds, a wake for each request) is shared among a tenth as many requests.
	const cores = atPeak.msPerRequest * (PEAK_RATE / 1000);
	add(
		'server CPU needed for the national peak (20 statements + 200 page views a second)',
		cores,
		`≤ ${engine.cpuTarget} core`,
		cores <= engine.cpuTarget,
		`${engine.cpuOf}: ${atPeak.words} a request over ${peak.length} requests of the mix (1 sent : 10 viewed); ${atTenth.words} at a tenth of the peak`
	);
	const errors = [...tenth, ...peak].filter((r) => !r.ok).length;
	const [peakP95, tenthP95] = [peak, tenth].map((r) =>
		percentile(
			r.map((x) => x.ms),
			95
		)
	);
	add(
		`p95 of the national mix at the peak rate (${PEAK_RATE}/s for ${seconds} s) ÷ p95 at a tenth of it`,
		peakP95 / tenthP95,
		'≤ 2, no errors',
		peakP95 / tenthP95 <= 2 && errors === 0,
		`${engine.servers}: ${peakP95.toFixed(0)} ms vs ${tenthP95.toFixed(0)} ms; ${errors} errors; the peak's ${peak.length} requests answered in ${peakSeconds.toFixed(0)} s`
	);

	console.log('national: full-year reports (national, 1M) and the scan, two rounds');
	const reports = await onCouncil((council) =>
		reportsAndScanMs(national, council, 2, 'scan')
	).catch((error) => ({ error }));
	for (const { figure, limit, over } of REPORT_RATIOS) {
		// A report that fails is a row saying why, not a lost table: the rest was measured.
		if (reports.error) {
			add(figure, NaN, `≤ ${limit}`, false, `could not be measured: ${reports.error.message}`);
			continue;
		}
		const ratio = reports.first / reports[over];
		add(
			figure,
			ratio,
			`≤ ${limit}`,
			ratio <= limit,
			`${reports.first.toFixed(0)} ms vs ${reports[over].toFixed(0)} ms`
		);
	}
	if (!reports.error) add(...longestWaitRow('the national authority', reports));
	add(
		'server memory (RSS) after the national load',
		national.rssMegabytes(),
		'—',
		null,
		`${national.bases ? 'the larger of the servers; ' : ''}reference: no target`
	);
	await engine.afterwards?.(signedIn);
}

/** The national report against a scan of its own statements table, and against the 1M report. */
const REPORT_RATIOS = [
	{
		figure: 'full-year report on the national authority ÷ one scan of its statements table',
		limit: 5,
		over: 'scan'
	},
	{ figure: 'full-year report, national ÷ 1M', limit: 12, over: 'second' }
];

/**
 * Runs a load and measures the CPU the servers (and a database server of their own, counted in
 * `cpuSeconds`) used for it: milliseconds a request answered, and words saying so.
 */
async function cpuOf(national, load) {
	const before = national.cpuSeconds();
	const databaseBefore = national.databaseCpuSeconds?.();
	const answers = await load();
	const msPerRequest = ((national.cpuSeconds() - before) * 1000) / answers.length;
	const databaseMs = national.databaseCpuSeconds
		? ` (the database server ${(((national.databaseCpuSeconds() - databaseBefore) * 1000) / answers.length).toFixed(1)} ms of it)`
		: '';
	return { answers, msPerRequest, words: `${msPerRequest.toFixed(1)} ms of CPU${databaseMs}` };
}
