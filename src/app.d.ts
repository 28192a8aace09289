import type { Session, SessionUser } from '$lib/server/auth/session';

declare global {
	namespace App {
		interface Locals {
			user: SessionUser | null;
			session: Session | null;
		}
		interface Error {
			message: string;
			/** Set when a post could not be read as a form, so the error page can say so. */
			reason?: 'bad_form';
		}
	}
}

export {};
