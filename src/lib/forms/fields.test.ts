import { describe, expect, it } from 'vitest';
import { AnswerBack, optionalText } from './fields';

describe('typed text in the shared shapes', () => {
	it('counts a line break as one character, though a browser sends two (CRLF)', () => {
		// 20 lines, 1999 characters as the box's counter counts them: one under the limit.
		const typed = Array.from({ length: 20 }, () => 'x'.repeat(99)).join('\r\n');
		expect(typed.replaceAll('\r\n', '\n')).toHaveLength(1999);
		const read = AnswerBack.safeParse({ body: typed });
		expect(read.success && read.data.body).toBe(typed.replaceAll('\r\n', '\n'));
	});

	it('keeps the line breaks, one character each', () => {
		expect(optionalText(10).parse('a\r\nb\r\nc')).toBe('a\nb\nc');
	});
});
