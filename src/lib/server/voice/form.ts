import type { Template } from '$lib/templates';
import { joinRepeated } from '$lib/templates/schema';
import { voiceField, voiceRemoveField, voiceSecondsField } from '$lib/voice-limits';
import { checkRecording, type Recording, type RecordingRefusal } from './recording';

/** What a posted form says about recordings: new ones, ones taken away, and any refused. */
export interface PostedVoiceNotes {
	recordings: Map<string, Recording>;
	removed: Set<string>;
	refused: Record<string, RecordingRefusal>;
}

/** The questions a child may answer by voice: those that take words. */
export const voiceQuestionIds = (template: Template) =>
	template.questions.filter((q) => q.type === 'text').map((q) => q.id);

/**
 * Reads each words question's recording from a posted form (multipart, sent by
 * the recorder or a plain file box) and checks it. An empty file box (nothing
 * chosen) is no recording; a file that is not audio, too big or too long is
 * refused by question, and nothing of the form is stored.
 */
export async function readVoiceNotes(
	form: FormData,
	template: Template
): Promise<PostedVoiceNotes> {
	const posted: PostedVoiceNotes = { recordings: new Map(), removed: new Set(), refused: {} };
	for (const id of voiceQuestionIds(template)) {
		if (form.get(voiceRemoveField(id)) !== null) posted.removed.add(id);
		const file = form.get(voiceField(id));
		if (!(file instanceof File) || (file.size === 0 && file.name === '')) continue;
		const seconds = Number(form.get(voiceSecondsField(id)));
		const checked = checkRecording(new Uint8Array(await file.arrayBuffer()), seconds);
		if (checked.ok) posted.recordings.set(id, checked.recording);
		else posted.refused[id] = checked.refusal;
	}
	return posted;
}

/** The form's text fields alone, as the answer parsers read them (repeated names joined, as ticked choices send them). */
export function textFieldsOf(form: FormData): Record<string, unknown> {
	const words = new FormData();
	for (const [name, value] of form) if (typeof value === 'string') words.append(name, value);
	return joinRepeated(words);
}
