import { describe, expect, it } from 'vitest';
import { retentionPeriod } from './privacy';

describe('retentionPeriod', () => {
	it('says whole years as years', () => {
		expect(retentionPeriod(72)).toEqual({ unit: 'years', count: 6 });
		expect(retentionPeriod(12)).toEqual({ unit: 'years', count: 1 });
	});
	it('keeps months that are not whole years', () => {
		expect(retentionPeriod(18)).toEqual({ unit: 'months', count: 18 });
	});
});
