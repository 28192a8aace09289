/**
 * Runs a write for a person who typed something. If it cannot be stored (a full
 * disk, a database locked or read-only, or any other fault), the transaction has
 * rolled back: the fault is logged for whoever runs Heard and reported as "not
 * stored", so the page can give every word back instead of an error page.
 */
export async function attemptWrite<T>(
	write: () => Promise<T>
): Promise<{ stored: true; result: T } | { stored: false }> {
	try {
		return { stored: true, result: await write() };
	} catch (error) {
		console.error(error);
		return { stored: false };
	}
}
