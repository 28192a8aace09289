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

describe('a setting of one, said in a hint', () => {
	it('is in the singular', () => {
		expect(m.adm_wt_chain_hint({ hours: 1 })).toContain('again after 1 hour (set in Settings)');
		expect(m.adm_wt_chain_hint({ hours: 2 })).toContain('again after 2 hours (set in Settings)');
		expect(m.child_report_lundy_influence_suffix({ days: 1 })).toContain('within 1 weekday.');
		expect(m.child_report_lundy_influence_suffix({ days: 5 })).toContain('within 5 weekdays.');
	});
});
