import { z } from 'zod';
import { withoutDirectionControls } from './text';

/** Shapes the forms share. Messages are error codes, turned into words beside the field. */

/** One line of text that must be there: trimmed, direction overrides taken out. */
export const requiredText = (max: number) =>
	z.string().overwrite(withoutDirectionControls).trim().min(1, 'required').max(max, 'too_long');

/** Text that may be left empty. */
export const optionalText = (max: number) =>
	z.string().overwrite(withoutDirectionControls).trim().max(max, 'too_long').default('');
