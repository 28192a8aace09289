import { describe, expect, it } from 'vitest';
import { workerChoiceLabels } from './worker-choices';

describe('workers in a list to choose from', () => {
	it('puts the work email beside a name two workers share, and nowhere else', () => {
		const labels = workerChoiceLabels([
			{ id: '1', displayName: 'Sam Taylor', email: 'sam.taylor@glenbrae.example' },
			{ id: '2', displayName: 'Fiona MacLeod', email: 'fiona@glenbrae.example' },
			{ id: '3', displayName: 'sam taylor ', email: 'sam.taylor2@glenbrae.example' }
		]).map((w) => [w.id, w.label]);
		expect(labels).toEqual([
			['1', 'Sam Taylor (sam.taylor@glenbrae.example)'],
			['2', 'Fiona MacLeod'],
			['3', 'sam taylor (sam.taylor2@glenbrae.example)']
		]);
	});
});
