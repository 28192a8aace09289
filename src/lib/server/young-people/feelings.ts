import { shortDate } from '$lib/dates';
import { SHANARRI_AREAS } from '$lib/vocabulary';
import { wellbeingScoresOf } from '$lib/templates/answer-map';
import { faceLabel } from '$lib/templates/words';
import { areaLabel, areaMeaning } from '$lib/words/lists';
import { lineChart } from '../charts/line';
import { listOwnFeelings } from './things';

/** One small chart per wellbeing area, with its latest answer in words, plus the table behind them. */
export async function feelingsOverTime(youngPersonId: string) {
	const answers = await listOwnFeelings(youngPersonId);
	const dates = answers.map((a) => shortDate(a.sentAt));
	const scored = answers.map((a) => wellbeingScoresOf(a.templateId, a.templateVersion, a.answers));
	const areas = SHANARRI_AREAS.map((area) => {
		const scores = scored.map((s) => s[area]);
		const latest = [...scores].reverse().find((s) => s !== null) ?? null;
		return {
			area,
			label: areaLabel(area),
			meaning: areaMeaning(area),
			scores,
			latest: latest === null ? null : faceLabel(latest),
			chart: lineChart(scores, { width: 240, height: 60, min: 1, max: 5 })
		};
	});
	return { dates, areas };
}
