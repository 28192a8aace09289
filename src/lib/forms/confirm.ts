import { z } from 'zod';

/** Destructive actions need the record's name typed again, which works with or without JavaScript. */
export const ConfirmByName = (expected: string) =>
	z.object({
		confirmName: z
			.string()
			.trim()
			.refine((typed) => typed.toLowerCase() === expected.trim().toLowerCase(), 'confirm_name')
	});

export const ConfirmBox = z.object({ confirm: z.literal('yes', 'confirm_box') });
