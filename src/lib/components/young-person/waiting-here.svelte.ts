import { onMount, tick } from 'svelte';
import { invalidateAll } from '$app/navigation';
import { findGivenBack, forgetSent, removeFromQueue } from '$lib/offline/queue';
import { listWaiting, onQueuedSent, waitingOnThisPage } from './send-later';

/**
 * A say form's own sends that wait on the phone for signal (docs/adr/0032). Read from the
 * phone's queue when the form opens, not only remembered by the page that queued them: after a
 * reload, or on coming back later, the form still says they are kept and will send, rather
 * than showing empty boxes that look as if the words were lost (and invite writing them twice).
 */
export class WaitingHere {
	/** Keys of this form's sends still waiting on the phone. */
	keys = $state<string[]>([]);
	/** Where to see the last one stored, once they have all gone. */
	sentTo = $state<string | null>(null);
	/** The server would not take what waited as it was: it is back in the form, to change. */
	returned = $state(false);
	/** "Write something new": a blank form beside what waits, never holding the waiting words. */
	writing = $state(false);
	/**
	 * The blank form's own key, with the page's data and answer as they were when it began: those
	 * hold what waits (its words, its key), so the form sets them aside until the page has new.
	 */
	blank = $state.raw<{ key: string; data: unknown; form: unknown } | null>(null);

	/**
	 * `putBack` puts words given back on the phone into the form, and says whether it could
	 * (keep-draft.ts): they leave the queue only once the form, and so the phone's copy, holds them.
	 * `keepTyped` keeps what the form holds before it gives way to what waits (keep-draft.ts).
	 */
	private readonly owner: () => string;
	private readonly kind: () => string;
	private readonly putBack: (fields: [string, string][]) => boolean;

	constructor(
		owner: () => string,
		kind: () => string,
		putBack: (fields: [string, string][]) => boolean,
		keepTyped: () => void
	) {
		this.owner = owner;
		this.kind = kind;
		this.putBack = putBack;
		onMount(() => {
			void listWaiting(owner()).then(async (found) => {
				const here = found.filter(({ kind: of }) => of === kind());
				if (here.length > 0 && this.formShown) keepTyped();
				for (const { key } of here) this.queued(key, false);
				await this.takeBack();
			});
			return onQueuedSent((key, location, returned) => {
				if (!this.keys.includes(key)) return;
				this.keys = this.keys.filter((waiting) => waiting !== key);
				if (returned) {
					// Kept as this form's unfinished words (the page reads them again to show them),
					// or, too long even for that, given back on the phone to put in the form here.
					this.returned = true;
					void invalidateAll().then(() => this.takeBack());
				} else this.sentTo = location;
				// Said here: no other page says it again.
				void forgetSent(key).catch(() => undefined);
			});
		});
	}

	/** Words of this form given back on the phone, put in the form and then taken from the queue. */
	private async takeBack(): Promise<void> {
		const item = await findGivenBack(this.owner(), this.kind()).catch(() => null);
		if (!item) return;
		await tick();
		if (!this.formShown || !this.putBack(item.fields)) return;
		this.returned = true;
		await removeFromQueue(item.key).catch(() => undefined);
	}

	/** With nothing waiting or sent, or a new thing being written, the form shows. */
	get formShown(): boolean {
		return this.writing || (this.keys.length === 0 && this.sentTo === null);
	}

	/** A send now waits under `key`; the form goes, so nothing is left to tap twice. */
	queued(key: string, fromHere = true): void {
		// This form says "Sent!" for it: the page-wide note does not say it again.
		waitingOnThisPage.add(key);
		if (!this.keys.includes(key)) this.keys = [...this.keys, key];
		if (fromHere) {
			this.writing = false;
			this.blank = null;
		}
	}

	/** A blank form under a key of its own: the waiting send keeps its key, and is stored once. */
	writeAgain(data: unknown, form: unknown): void {
		this.blank = { key: crypto.randomUUID(), data, form };
		this.writing = true;
	}
}
