import { tick } from 'svelte';
import { askedGiven } from '$lib/templates/follow-ups';
import type { StatementFormData } from '$lib/templates/types';

type Field = StatementFormData['fields'][number];

/**
 * The one-page form hides a follow-up while it does not apply: drawn by the server as the
 * answers it was given make it, so nothing flashes before the script runs, then as the boxes
 * change. Without JavaScript static/no-script.css shows every question again, and the server
 * keeps only those that apply. Simple mode needs none of this: its server asks one question a
 * page, follow-ups included.
 */
export class LiveFollowUps {
	/** The form, bound by the page; read again whenever it changes. */
	form = $state<HTMLFormElement>();
	#live = $state<Record<string, string> | null>(null);
	/** The answers as they are now: the boxes once read, before that those the page was drawn with. */
	#answers = $derived.by(() => this.#live ?? this.drawnWith());
	#applying = $derived.by(() =>
		this.simple() ? null : askedGiven(this.fields(), this.#answers).map((f) => f.id)
	);

	constructor(
		private fields: () => readonly Field[],
		private simple: () => boolean,
		private drawnWith: () => Record<string, string>
	) {
		// After the form's own actions have put back the words kept on this phone; and again when
		// the form comes back (it goes while a send waits for signal).
		$effect(() => {
			if (this.form) void tick().then(this.read);
		});
	}

	/** The answers as the form would send them now: ticked boxes as one answer, joined by commas. */
	read = () => {
		if (!this.form || this.simple()) return;
		const posted = new FormData(this.form);
		const now: Record<string, string> = {};
		for (const name of posted.keys()) now[name] = posted.getAll(name).map(String).join(',');
		this.#live = now;
	};

	hidden = (id: string) => this.#applying !== null && !this.#applying.includes(id);

	/** The "meeting that isn't listed" boxes, while another meeting is chosen. */
	get notListedHidden() {
		return !this.simple() && this.#answers.meeting !== 'other';
	}

	/** What a hidden follow-up holds is not sent: it was not asked. */
	withoutHidden(formData: FormData) {
		for (const field of this.fields()) if (this.hidden(field.id)) formData.delete(field.id);
		if (this.notListedHidden)
			for (const name of ['meeting_other_type', 'meeting_other_date']) formData.delete(name);
	}
}
