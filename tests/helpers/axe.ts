import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/**
 * WCAG 2.2 AA, as axe-core checks it, with no exceptions. `bestPractice` adds axe's best-practice
 * rules (landmarks with the same name, empty table headers, headings out of order…), which no
 * WCAG criterion names alone but which a screen reader user meets all the same.
 */
export async function expectNoAccessibilityViolations(
	page: Page,
	{ bestPractice = false }: { bestPractice?: boolean } = {}
): Promise<void> {
	const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
	const results = await new AxeBuilder({ page })
		.withTags(bestPractice ? [...tags, 'best-practice'] : tags)
		.analyze();
	const summary = results.violations.map(
		(v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`
	);
	expect(summary).toEqual([]);
}
