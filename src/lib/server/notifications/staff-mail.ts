import { baseLocale } from '$lib/paraglide/runtime.js';

/**
 * The language staff mail is written in. Staff read Heard in English and have no language of
 * their own on their account (ADR 40), and much of their mail is built while a young person's
 * request is being answered — a statement sent, an answer back, the urgent chain starting —
 * whose language is the young person's. Every staff email names its language with this, so it
 * is the recipient's, never the sender's; should staff ever choose one, this is where it goes.
 */
export const STAFF_MAIL = { locale: baseLocale } as const;
