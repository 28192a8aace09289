/** The class of the note the service worker puts on a kept page opened with no signal. */
export const OFFLINE_NOTE_CLASS = 'offline-note';

/**
 * Takes the "You're offline" note away once the signal is back, or once something waiting on
 * the phone has been sent (which proves it). The note is drawn outside the part the app's
 * scripts draw, so nothing else would ever take it away: left up, it said "offline" beside
 * "Sent!".
 */
export function dropOfflineNoteWhenOnline(): () => void {
	const drop = () => {
		for (const note of document.querySelectorAll(`.${OFFLINE_NOTE_CLASS}`)) note.remove();
	};
	const sent = (event: MessageEvent) => {
		if (event.data?.type === 'heard-sent') drop();
	};
	window.addEventListener('online', drop);
	navigator.serviceWorker?.addEventListener('message', sent);
	return () => {
		window.removeEventListener('online', drop);
		navigator.serviceWorker?.removeEventListener('message', sent);
	};
}
