import { describe, expect, it } from 'vitest';
import { csvCell, reportToCsv } from './csv';
import type { Report } from './report';

describe('csvCell', () => {
	it('neutralises text a spreadsheet would run as a formula', () => {
		expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
		expect(csvCell('+1')).toBe("'+1");
		expect(csvCell('-cmd')).toBe("'-cmd");
		expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
		expect(csvCell('\tx')).toBe("'\tx");
	});

	it('quotes commas, quotes and line breaks, and leaves plain text and numbers alone', () => {
		expect(csvCell('North, East')).toBe('"North, East"');
		expect(csvCell('two\nlines')).toBe('"two\nlines"');
		expect(csvCell('Foster care')).toBe('Foster care');
		expect(csvCell(12.5)).toBe('12.5');
		expect(csvCell(null)).toBe('');
	});
});

describe('reportToCsv', () => {
	const report: Report = {
		period: {
			from: new Date(0),
			to: new Date(1),
			firstDay: '2025-01-01',
			lastDay: '2025-03-31',
			running: false,
			end: new Date(1),
			endsOn: '2025-03-31',
			firstFiguresOn: null
		},
		threshold: 5,
		chosen: {},
		teams: [],
		sections: [
			{
				id: 'reach',
				tables: [
					{
						id: 'reach_by_team',
						section: 'reach',
						caption: 'Reach by team',
						definition: '',
						rowHeader: 'Team',
						columns: [{ label: 'Allocated', unit: 'count' }],
						rows: [
							{ key: 'a', label: '=Team', cells: [{ value: null, suppressed: 'small' }] },
							{ key: 'b', label: 'South', cells: [{ value: null, suppressed: 'secondary' }] },
							{ key: 'total', label: 'All', total: true, cells: [{ value: 12, suppressed: null }] }
						]
					}
				]
			},
			{ id: 'themes', tables: [] }
		]
	};

	it('writes one tidy row per figure, marks withheld cells and never writes their value', () => {
		const csv = reportToCsv(report, {
			quotes: [{ quote: '-I want to see my gran' }],
			youSaidWeDid: [{ youSaid: 'More time', weDid: 'Late calls', status: 'done' }]
		});
		expect(csv.split('\r\n')).toEqual([
			'section,table,group,measure,value',
			"reach,Reach by team,'=Team,Allocated,suppressed",
			'reach,Reach by team,South,Allocated,suppressed',
			'reach,Reach by team,All,Allocated,12',
			"themes,quotes,,quote,'-I want to see my gran",
			'you_said,"you said, we did",done,you said,More time',
			'you_said,"you said, we did",done,we did,Late calls',
			''
		]);
	});

	it('writes only the chosen section when asked', () => {
		const csv = reportToCsv(report, { quotes: [], youSaidWeDid: [] }, 'themes');
		expect(csv).toBe('section,table,group,measure,value\r\n');
	});
});
