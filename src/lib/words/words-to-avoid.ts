/**
 * Words a child should not meet in Heard: the care system's own words, which
 * The Promise's language work asks adults to stop using with children. Each
 * with what to say instead. Only the plain-words test reads this list.
 */
export const WORDS_TO_AVOID: readonly { words: RegExp; instead: string }[] = [
	{ words: /\bplacements?\b/i, instead: 'where you live, your home' },
	{ words: /\bcontact\b/i, instead: 'family time, seeing your family; or get in touch, talk to' },
	{ words: /\brespite\b/i, instead: 'a short break, a sleepover' },
	{ words: /\bLAC\b|\bCLA\b/, instead: 'you, a young person' },
	{ words: /\blooked[- ]after (child|children|review)/i, instead: 'your review meeting' },
	{ words: /\bworking days?\b/i, instead: 'a date: by Friday 4 June' },
	{ words: /\b(care|pathway) plans?\b/i, instead: 'your plan, what is going to happen' },
	{ words: /\bSHANARRI\b|\bwellbeing (indicator|area)s?\b/i, instead: 'what each area means' },
	{ words: /\bstatutory\b/i, instead: 'what the law says must happen' },
	{ words: /\bassessments?\b/i, instead: 'finding out what help you need' },
	{ words: /\bPEP\b/, instead: 'your school plan' },
	{
		words: /\bIRO\b|\bindependent reviewing officer\b/i,
		instead: 'the person who runs your review'
	},
	{ words: /\bsafeguarding\b/i, instead: 'keeping you safe' },
	{ words: /\breferrals?\b/i, instead: 'asking someone else to help' },
	{ words: /\ballocat(ed|ion)\b/i, instead: 'your worker' },
	{ words: /\bcase ?(load|file|record)s?\b/i, instead: 'your file, what we keep about you' },
	{ words: /\bdisclos(e|ed|ure)\b/i, instead: 'tell, told' },
	{ words: /\babscond/i, instead: 'ran away, went missing' },
	{ words: /\bcorporate parent/i, instead: 'the council, the people who look after you' },
	{ words: /\bsiblings?\b/i, instead: 'brothers and sisters' },
	{ words: /\bunit\b/i, instead: 'your home, the house' },
	{ words: /\banonymi[sz]ed?\b/i, instead: 'without your name' },
	{ words: /\bnurtured\b/i, instead: 'looked after and cared for' }
];

export function wordsToAvoidIn(message: string): string[] {
	return WORDS_TO_AVOID.filter(({ words }) => words.test(message)).map(
		({ words, instead }) => `${message.match(words)?.[0]} (say: ${instead})`
	);
}
