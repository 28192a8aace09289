/**
 * A queue: what it is given runs one at a time, in the order asked, each when the one before has
 * settled (failed or not). SQLite's writer and its reports' scratch tables each have one.
 */
export function oneAtATime(): <T>(work: () => T | Promise<T>) => Promise<T> {
	let last: Promise<unknown> = Promise.resolve();
	return (work) => {
		const turn = last.then(work);
		last = turn.catch(() => undefined);
		return turn;
	};
}
