/**
 * Text that arrived intact: no U+FFFD (what a broken encoding decodes to) and no
 * control characters other than tab and new lines. Storing such text would keep
 * garbage in a child's words; asking them to type it again loses nothing.
 */
export function isCleanText(text: string): boolean {
	return !/[\uFFFD\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(text);
}
