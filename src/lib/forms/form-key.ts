/**
 * A form's key, if it is one: random, from the page that drew the form (newId). The same form
 * sent twice carries the same key, so what it does is done once. A page kept from before its
 * form had a key sends none, and is still taken, unkeyed.
 */
export const formKey = (value: FormDataEntryValue | null): string | undefined =>
	typeof value === 'string' && /^[a-z0-9]{10,40}$/.test(value) ? value : undefined;
