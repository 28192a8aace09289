import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { barChart } from '$lib/server/charts/bar';
import BarChart from './BarChart.svelte';

const drawn = (rows: { label: string; value: number | null; withheld?: string }[]) =>
	render(BarChart, {
		props: {
			chart: barChart(rows),
			id: 'worker_changes',
			title: 'Worker changes in the last 12 months',
			description: 'Young people by how many times their worker changed.'
		}
	}).body;

const withheldMarks = (html: string) =>
	[...html.matchAll(/<g class="bar-withheld[^"]*" data-withheld="([^"]+)">(.*?)<\/g>/gs)].map(
		(match) => ({ label: match[1], inner: match[2]! })
	);

describe('a bar chart with withheld figures', () => {
	const html = drawn([
		{ label: '0', value: 41 },
		{ label: '1', value: null, withheld: 'fewer than 5' },
		{ label: '2', value: null, withheld: 'fewer than 5' },
		{ label: '3 or more', value: null, withheld: 'fewer than 5' }
	]);

	it('marks each as not shown, with the table’s words, rather than as an empty bar', () => {
		const marks = withheldMarks(html);
		expect(marks.map((mark) => mark.label)).toEqual(['1', '2', '3 or more']);
		for (const mark of marks) {
			expect(mark.inner).toContain('>fewer than 5</text>');
			expect(mark.inner).toMatch(/fill="url\(#worker_changes-hatch\)"/);
		}
		// Only the shown figure is a bar; no bar is drawn with no length.
		expect(html.match(/class="bar"/g)).toHaveLength(1);
		expect(html).not.toMatch(/width="0"/);
	});

	it('gives every withheld mark the same size, so none hints at its number', () => {
		const widths = withheldMarks(html).map((mark) => mark.inner.match(/width="([\d.]+)"/)![1]);
		expect(new Set(widths).size).toBe(1);
	});

	it('says in its accessible description which bars are not drawn, and why', () => {
		const desc = html.match(/<desc id="worker_changes-desc">(.*?)<\/desc>/s)![1];
		expect(desc).toBe(
			'Young people by how many times their worker changed. Bars not drawn, to protect young ' +
				'people, as in the table: 1: fewer than 5; 2: fewer than 5; 3 or more: fewer than 5.'
		);
		expect(html).toContain('aria-labelledby="worker_changes-title worker_changes-desc"');
	});

	it('adds nothing to a chart where every figure is shown', () => {
		const plain = drawn([{ label: '0', value: 41 }]);
		expect(withheldMarks(plain)).toHaveLength(0);
		expect(plain).toContain(
			'<desc id="worker_changes-desc">Young people by how many times their worker changed.</desc>'
		);
	});
});
