/**
 * Waking the mail round from wherever an email was queued that must not wait for the next round
 * (a password link, an urgent statement), without importing the round and all it reaches: the
 * send path stays small (npm run modules).
 */
let deliverMail: (() => void) | null = null;

/** Whether mail leaves this server at all; without SMTP_URL, mail waits in the outbox. */
export function isMailDelivered(): boolean {
	return deliverMail !== null;
}

/** The outbox is delivered now rather than at the next round. */
export function deliverMailSoon(): void {
	if (deliverMail) setImmediate(deliverMail);
}

/** Set by the background tasks while this process delivers mail; null once they stop. */
export function setMailDeliverer(deliver: (() => void) | null): void {
	deliverMail = deliver;
}
