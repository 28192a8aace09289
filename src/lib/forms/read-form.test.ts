import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { fieldErrors, formValues, readForm } from './read-form';

const Shape = z
	.object({
		name: z
			.string()
			.trim()
			.min(1, 'required')
			.max(5, 'too_long')
			.regex(/^[a-z]*$/, 'letters'),
		age: z.coerce.number('number_invalid').int('number_invalid'),
		again: z.string()
	})
	.refine((f) => f.again === f.name, { message: 'differ' });

const form = (fields: Record<string, string>) => {
	const data = new FormData();
	for (const [k, v] of Object.entries(fields)) data.append(k, v);
	return data;
};

describe('reading a form', () => {
	it('gives the checked data and the typed values when all is well', () => {
		expect(readForm(Shape, form({ name: 'sam', age: '9', again: 'sam' }))).toEqual({
			ok: true,
			data: { name: 'sam', age: 9, again: 'sam' },
			values: { name: 'sam', age: '9', again: 'sam' }
		});
	});

	it('gives one error per field, the first the shape declares, and every typed value back', () => {
		// "ABCDEFG" is both too long and not lower-case letters: the length, declared first, wins.
		const read = readForm(Shape, form({ name: 'ABCDEFG', age: 'x', again: '' }));
		expect(read).toEqual({
			ok: false,
			errors: { name: 'too_long', age: 'number_invalid' },
			values: { name: 'ABCDEFG', age: 'x', again: '' }
		});
	});

	it('puts a problem across fields under the name it is given', () => {
		const read = readForm(Shape, { name: 'sam', age: '9', again: 'kai' }, 'again');
		expect(read).toMatchObject({ ok: false, errors: { again: 'differ' } });
		const parsed = Shape.safeParse({ name: 'sam', age: 9, again: 'kai' });
		expect(fieldErrors(parsed.error!)).toEqual({ form: 'differ' });
	});

	it('keeps the first of a repeated name and only text, never a file', () => {
		const data = form({ pick: 'one' });
		data.append('pick', 'two');
		data.append('upload', new Blob(['x']), 'x.txt');
		expect(formValues(data)).toEqual({ pick: 'one' });
		expect(formValues({ a: 'b', n: 3 })).toEqual({ a: 'b' });
	});
});
