const MINUTE = 60_000;

/**
 * When an outbox (mail, push) tries a message again: first after a minute, doubling, never more
 * than an hour apart, so an outage of a day costs about 30 tries.
 */
export function retryDelayMs(attempts: number): number {
	return Math.min(MINUTE * 2 ** Math.max(attempts - 1, 0), 60 * MINUTE);
}
