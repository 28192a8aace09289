// `npm run bench [-- --only council|national|weight] [-- --seconds N]`: which parts to run.
export const SECTIONS = ['council', 'national', 'weight'];

/** The parts asked for, and how long each timed load at a steady rate lasts (60 s unless told). */
export function benchOptions(argv) {
	const options = { sections: [...SECTIONS], seconds: 60 };
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
		} else throw new Error(`unknown option ${argv[i]}: try --only national, or --seconds 60`);
	}
	return options;
}
