import { z } from 'zod';
import { isCleanText, asTypedText } from './text';

/** Shapes the forms share. Messages are error codes, turned into words beside the field. */

/** One line of text that must be there: trimmed, direction overrides taken out. */
export const requiredText = (max: number) =>
	z.string().overwrite(asTypedText).trim().min(1, 'required').max(max, 'too_long');

/** Text that may be left empty. */
export const optionalText = (max: number) =>
	z.string().overwrite(asTypedText).trim().max(max, 'too_long').default('');

/** A young person answering back (a statement's thread, a meeting's feedback): typed on a phone, so checked it arrived intact. */
export const ANSWER_BACK_MAX = 2000;
export const AnswerBack = z.object({
	body: requiredText(ANSWER_BACK_MAX).refine(isCleanText, 'bad_characters')
});
/** "Did you feel listened to?", 1 to 5. */
export const ListenedRating = z.object({ rating: z.coerce.number().int().min(1).max(5) });
