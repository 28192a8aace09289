import { describe, expect, it } from 'vitest';
import { m } from '$lib/paraglide/messages.js';

describe('a count shown to staff', () => {
	it('is said in the singular for one', () => {
		expect(m.adm_sessions_count({ name: 'Leah', count: 1 })).toBe(
			'Leah is signed in on 1 phone or computer.'
		);
		expect(m.adm_sessions_count({ name: 'Leah', count: 2 })).toBe(
			'Leah is signed in on 2 phones or computers.'
		);
	});
});
