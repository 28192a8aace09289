/**
 * How long and how big a voice note may be. Said to the child before they
 * record, kept to by the recorder, and checked again on the server.
 */
export const VOICE_MAX_SECONDS = 120;
export const VOICE_MAX_BYTES = 5 * 1024 * 1024;
/** "5 MB", as the limit is said to a child choosing a file. */
export const VOICE_MAX_MEGABYTES = VOICE_MAX_BYTES / (1024 * 1024);

/** The form field that carries a question's recording, and the recorder's count of its seconds. */
export const voiceField = (questionId: string) => `voice_${questionId}`;
export const voiceSecondsField = (questionId: string) => `voice_${questionId}_seconds`;
/** Ticked (or pressed) to take a kept recording away. */
export const voiceRemoveField = (questionId: string) => `voice_${questionId}_remove`;
