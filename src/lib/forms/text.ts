/**
 * Text that arrived intact: no U+FFFD (what a broken encoding decodes to) and no
 * control characters other than tab and new lines. Storing such text would keep
 * garbage in a child's words; asking them to type it again loses nothing.
 */
export function isCleanText(text: string): boolean {
	// eslint-disable-next-line no-control-regex -- finding control characters is the point
	return !/[\uFFFD\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(text);
}

/**
 * Direction overrides and isolates (U+202A–U+202E, U+2066–U+2069) make text
 * show in another order than it was written: "safe" can be shown to a worker
 * as something else. Nobody types them on purpose; right-to-left writing needs
 * none of them (letters carry their own direction), and the marks U+200E and
 * U+200F, which do help mixed text, are kept.
 */
const DIRECTION_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

/**
 * A browser sends each line break of a box as CRLF, two characters, while its
 * counter (and `maxlength`) counts one: 20 lines a letter under the limit
 * were refused as too long. Any CR, alone or before LF, becomes one "\n".
 */
const LINE_BREAKS = /\r\n?/g;

/**
 * Typed text as every form checks and keeps it: line breaks one "\n" each, and
 * direction controls out. Every text field's shape runs this first
 * (`.overwrite(asTypedText)`: templates/schema.ts, forms/fields.ts
 * and the pages' own shapes), so both are done here once, before any length check.
 */
export function asTypedText(text: string): string {
	return text.replace(LINE_BREAKS, '\n').replace(DIRECTION_CONTROLS, '');
}
