import type { Session, SessionUser } from '$lib/server/auth/session';

declare global {
	namespace App {
		interface Locals {
			user: SessionUser | null;
			session: Session | null;
			/** Set by a report page whose filters could not be used: the hook answers 400. */
			reportChoicesRejected?: boolean;
		}
		interface Error {
			message: string;
		}
	}
}

export {};
