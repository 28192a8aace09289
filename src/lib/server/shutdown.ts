import { closeDatabase } from './db';

/**
 * On SIGTERM or SIGINT, adapter-node stops taking requests, waits for the last one to be
 * answered, then emits `sveltekit:shutdown`. Heard then stops its background work, closes the
 * database and exits. Without the exit, a socket a library keeps open (a mail server that
 * hangs mid-conversation, say) kept the process alive until its own timeouts, so a restart or
 * a deploy waited on it. Nothing is lost by not waiting: mail not yet marked sent stays due in
 * the outbox and is sent after the restart.
 */
export function exitOnShutdown(stopBackgroundTasks: () => void): void {
	process.once('sveltekit:shutdown', () => {
		stopBackgroundTasks();
		void closeDatabase().finally(() => process.exit(0));
	});
}
