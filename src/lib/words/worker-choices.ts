import { m } from '$lib/paraglide/messages.js';

/**
 * How each worker is named in a list to choose from. Two workers may share a name; beside a
 * name that appears more than once goes the work email, so an admin can tell which is which.
 * A name no one shares stays as it is (staff accounts always have an email; the column allows none).
 */
export function workerChoiceLabels<
	W extends { id: string; displayName: string; email: string | null }
>(workers: readonly W[]): (W & { label: string })[] {
	const seen = new Map<string, number>();
	const key = (name: string) => name.trim().toLocaleLowerCase('en-GB');
	for (const w of workers) seen.set(key(w.displayName), (seen.get(key(w.displayName)) ?? 0) + 1);
	return workers.map((w) => ({
		...w,
		label:
			w.email && (seen.get(key(w.displayName)) ?? 0) > 1
				? m.adm_worker_choice({ name: w.displayName.trim(), email: w.email })
				: w.displayName
	}));
}
