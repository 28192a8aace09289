import type { SessionUser } from '../auth/session';
import { transaction } from '../db';
import { settingsChanged, writeSettings, type Settings } from '../settings/form';
import { workingTimeChanged, type WorkingTime } from '../working-time/mutations';
import { announceSeniorManagerNamed, announceTeamReachGiven } from './reach-announced';
import { refuseComplaintsTeam, type ReachRefusal } from './team-reach';

/**
 * The two admin forms whose settings give a way to read (ADR 10): the settings form chooses the
 * complaints team (ADR 28), the working-hours form names the senior manager (ADR 27). Each is
 * saved here in one transaction with what it gives: the refusal checked, the settings written
 * with their `settings_changed` event, then `reading_access_given` and its emails. Saving the
 * same choice again gives nothing new and tells nobody.
 *
 * The announcements wait for the next mail round rather than waking it: nothing in them is
 * urgent, and settings and working time sit below the mail (notifications reads both).
 */

export type SaveResult =
	{ ok: true } | { ok: false; field: 'complaintsTeamId'; error: ReachRefusal };

export async function saveSettings(
	actor: SessionUser,
	settings: Settings,
	now = new Date()
): Promise<SaveResult> {
	const changed = await settingsChanged(settings);
	const chosen = changed.includes('complaintsTeamId') ? settings.complaintsTeamId : '';
	return await transaction(async (tx): Promise<SaveResult> => {
		// Checked in the transaction, so a young person allocated to a member meanwhile counts.
		const refused = chosen ? await refuseComplaintsTeam(tx, chosen) : null;
		if (refused) return { ok: false, field: 'complaintsTeamId', error: refused };
		await writeSettings(tx, actor, settings, changed, now);
		if (chosen) await announceTeamReachGiven(tx, actor, chosen, 'complaints', now);
		return { ok: true };
	});
}

export async function saveWorkingTime(
	actor: SessionUser,
	values: WorkingTime,
	now = new Date()
): Promise<void> {
	const changed = await workingTimeChanged(values);
	const named = changed.includes('seniorManagerId') ? values.seniorManagerId : '';
	await transaction(async (tx) => {
		await writeSettings(tx, actor, values, changed, now);
		if (named) await announceSeniorManagerNamed(tx, actor, named, now);
	});
}
