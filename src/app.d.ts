import type { Session, SessionUser } from '$lib/server/auth/session';

declare global {
	namespace App {
		interface Locals {
			user: SessionUser | null;
			session: Session | null;
			/** Set by a report page whose filters could not be used: the hook answers 400. */
			reportChoicesRejected?: boolean;
			/** What was wrong with those filters, in words, for an answer that is not a page (the CSV). */
			reportProblems?: string[];
			/**
			 * Set by a form action whose sender once reached its young person and no longer does
			 * ($lib/http/words-back.ts): the page gives back their words instead of a 404.
			 */
			reachLost?: boolean;
		}
		interface Error {
			message: string;
		}
	}
}

export {};
