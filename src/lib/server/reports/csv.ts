import type { Report } from './report';

/**
 * One CSV cell. Text that a spreadsheet would run as a formula (starting with
 * = + - @, or a tab or carriage return) gets a leading apostrophe; anything
 * with a comma, quote or line break is quoted.
 */
export function csvCell(value: string | number | null): string {
	if (value === null) return '';
	let text = String(value);
	if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
	return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export const csvLine = (cells: (string | number | null)[]) => cells.map(csvCell).join(',');

export const SUPPRESSED = 'suppressed';
/** Withheld beside a hidden figure of today: it could be any number. */
export const NOT_SHOWN = 'not shown';

/**
 * The report as one tidy table: a row per figure (section, table, group,
 * measure, value), so each section can be filtered out as its own table.
 * Withheld cells say "suppressed" ("not shown" where they could be any number); a figure
 * that does not apply is empty.
 */
export function reportToCsv(
	report: Report,
	extras: {
		quotes: { quote: string }[];
		youSaidWeDid: { youSaid: string; weDid: string; status: string }[];
	},
	section?: string
): string {
	const lines = [csvLine(['section', 'table', 'group', 'measure', 'value'])];
	for (const s of report.sections) {
		if (section && s.id !== section) continue;
		for (const t of s.tables) {
			for (const row of t.rows) {
				row.cells.forEach((cell, i) => {
					lines.push(
						csvLine([
							s.id,
							t.caption,
							row.label,
							t.columns[i]?.label ?? '',
							cell.suppressed === 'unbounded'
								? NOT_SHOWN
								: cell.suppressed
									? SUPPRESSED
									: cell.value
						])
					);
				});
			}
		}
		if (s.id === 'themes')
			for (const q of extras.quotes) lines.push(csvLine([s.id, 'quotes', '', 'quote', q.quote]));
	}
	if (!section || section === 'you_said') {
		for (const e of extras.youSaidWeDid) {
			lines.push(csvLine(['you_said', 'you said, we did', e.status, 'you said', e.youSaid]));
			lines.push(csvLine(['you_said', 'you said, we did', e.status, 'we did', e.weDid]));
		}
	}
	return lines.join('\r\n') + '\r\n';
}
