import { shortDate } from '$lib/dates';
import { SHANARRI_AREAS } from '$lib/vocabulary';
import { faceLabel, word } from '$lib/templates/words';
import { lineChart } from '../charts/line';
import { listOwnFeelings } from './things';

/** One small chart per wellbeing area, with its latest answer in words, plus the table behind them. */
export function feelingsOverTime(youngPersonId: string) {
	const answers = listOwnFeelings(youngPersonId);
	const dates = answers.map((a) => shortDate(a.sentAt));
	const areas = SHANARRI_AREAS.map((area) => {
		const scores = answers.map((a) => {
			const v = Number((a.answers as Record<string, unknown>)[area]);
			return Number.isInteger(v) && v >= 1 && v <= 5 ? v : null;
		});
		const latest = [...scores].reverse().find((s) => s !== null) ?? null;
		return {
			area,
			label: word(`area_${area}`) ?? area,
			scores,
			latest: latest === null ? null : faceLabel(latest),
			chart: lineChart(scores, { width: 240, height: 60, min: 1, max: 5 })
		};
	});
	return { dates, areas };
}
