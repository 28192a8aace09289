import { z } from 'zod';
import { asTypedText } from '$lib/forms/text';
import { YOU_SAID_STATUSES } from '$lib/vocabulary';

export const MAX_YOU_SAID = 1000;
export const MAX_QUOTE = 400;

export const YouSaidWeDidForm = z.object({
	youSaid: z.string().overwrite(asTypedText).trim().min(1, 'required').max(MAX_YOU_SAID, 'long'),
	weDid: z.string().overwrite(asTypedText).trim().min(1, 'required').max(MAX_YOU_SAID, 'long'),
	status: z.enum(YOU_SAID_STATUSES, { message: 'status' })
});

export const PublishForm = z.object({
	published: z.enum(['yes', 'no']).transform((v) => v === 'yes')
});

export const ChooseQuoteForm = z.object({
	statementId: z.string().min(1).max(40),
	quote: z.string().overwrite(asTypedText).trim().min(1, 'required').max(MAX_QUOTE, 'long')
});

export const RemoveQuoteForm = z.object({ quoteId: z.string().min(1).max(40) });
