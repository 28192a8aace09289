import { closeDatabase } from './db';

/**
 * On SIGTERM or SIGINT, adapter-node stops taking requests, waits for the last one to be
 * answered, then emits `sveltekit:shutdown`. Heard then stops its background work, letting the
 * email in hand finish for a few seconds (background-tasks.ts), closes the database and exits.
 * An email the mail server accepts in that time is marked sent, so the restart does not send it
 * again. Without the exit, a socket a library keeps open (a mail server that hangs
 * mid-conversation, say) kept the process alive until its own timeouts, so a restart or a
 * deploy waited on it. Nothing is lost by not waiting longer: mail not yet marked sent stays due
 * in the outbox and is sent after the restart.
 */
export function exitOnShutdown(stopBackgroundTasks: () => Promise<void>): void {
	process.once('sveltekit:shutdown', () => {
		void stopBackgroundTasks()
			.catch((error) => console.error('Stopping the background work failed', error))
			.then(() => closeDatabase())
			.finally(() => process.exit(0));
	});
}
