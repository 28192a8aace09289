import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import TeamLoops from './TeamLoops.svelte';

const feedbackRegion = (html: string) =>
	html.slice(html.indexOf('id="feedback-overdue"'), html.indexOf('id="hellos-waiting"'));

describe('the manager’s loops', () => {
	// The list holds only those overdue now: one told late, or one still within time, leaves it
	// empty, so the empty words must claim nothing about anyone having been told in time.
	it('says only that nobody is overdue when no one is', () => {
		const { body } = render(TeamLoops, {
			props: { loops: { feedbackOverdue: [], hellos: [] } }
		});
		const words = feedbackRegion(body);
		expect(words).toContain('Nobody is overdue to be told what was decided at their meeting.');
		expect(words).not.toMatch(/in time|has been told/);
	});

	it('lists whoever is overdue, with their worker and due date, instead of the empty words', () => {
		const { body } = render(TeamLoops, {
			props: {
				loops: {
					feedbackOverdue: [
						{
							id: 'm1',
							preferredName: 'Leah',
							workerName: 'Sam Taylor',
							meetingWords: 'review on 19 Oct',
							dueWords: '26 Oct'
						}
					],
					hellos: []
				}
			}
		});
		const words = feedbackRegion(body);
		expect(words).toContain('Worker: Sam Taylor · due by 26 Oct');
		expect(words).not.toContain('Nobody is overdue');
	});
});
