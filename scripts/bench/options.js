// `npm run bench [-- --only council|national|weight] [-- --seconds N] [-- --engine E]`: which
// parts to run, and on which database engine.
export const SECTIONS = ['council', 'national', 'weight'];
export const ENGINES = ['sqlite', 'postgres', 'both'];

/**
 * The parts asked for, how long each timed load at a steady rate lasts (60 s unless told), and
 * the engine if one was named (`engines` below decides when none was).
 */
export function benchOptions(argv) {
	const options = { sections: [...SECTIONS], seconds: 60, engine: undefined };
	for (let i = 0; i < argv.length; i += 1) {
		const [flag, inline] = argv[i].split('=');
		const value = () => inline ?? argv[++i];
		if (flag === '--only') {
			const section = value();
			if (!SECTIONS.includes(section))
				throw new Error(`--only takes one of: ${SECTIONS.join(', ')} (not "${section}")`);
			options.sections = [section];
		} else if (flag === '--seconds') {
			options.seconds = Number(value());
			if (!(options.seconds >= 1))
				throw new Error('--seconds takes a number of seconds, 1 or more');
		} else if (flag === '--engine') {
			options.engine = value();
			if (!ENGINES.includes(options.engine))
				throw new Error(`--engine takes one of: ${ENGINES.join(', ')} (not "${options.engine}")`);
		} else
			throw new Error(
				`unknown option ${argv[i]}: try --only national, --seconds 60 or --engine sqlite`
			);
	}
	return options;
}

/**
 * The engines the national figures are measured on, and the parts run: both engines when
 * PostgreSQL can be had (installed here, or POSTGRES_URL names one) and none was named, else
 * SQLite with a note saying why. The council authorities and page weights are SQLite's figures
 * (ADR 33's yardsticks are SQLite's own), so `--engine postgres` leaves them out.
 * @param {{ sections: string[], engine?: string }} options
 * @param {boolean} postgresAvailable
 * @returns {{ engines: string[], sections: string[], notes: string[] }}
 */
export function engines(options, postgresAvailable) {
	const notes = [];
	let engine = options.engine;
	if (!engine) {
		engine = postgresAvailable ? 'both' : 'sqlite';
		if (!postgresAvailable)
			notes.push(
				'PostgreSQL is not installed (nor POSTGRES_URL set): measuring SQLite only. Install it (apt-get install postgresql) for both engines side by side.'
			);
	} else if (engine !== 'sqlite' && !postgresAvailable)
		throw new Error('--engine postgres needs PostgreSQL: install it, or set POSTGRES_URL');
	const chosen = engine === 'both' ? ['sqlite', 'postgres'] : [engine];
	let sections = options.sections;
	if (!chosen.includes('sqlite')) {
		sections = sections.filter((section) => section === 'national');
		if (sections.length < options.sections.length)
			notes.push('on PostgreSQL only the national figures are measured (--only national)');
		if (!sections.length) throw new Error('--engine postgres measures the national part only');
	}
	return { engines: chosen, sections, notes };
}
