import type { SessionUser } from '../auth/session';
import { recordAuditEvent } from '../audit';
import { db, type Tx } from '../db';
import { teams } from '../db/schema';
import { eq } from 'drizzle-orm';
import {
	getSetting,
	numberRange,
	setSetting,
	settingShape,
	type NumberSettingKey,
	type SettingKey,
	type SettingValue
} from './index';
import type { NumberRange } from '$lib/forms/number-range';

/**
 * The settings form: every field checked against the setting's own zod shape
 * (settings/index.ts), then all saved in one transaction with one audit event. Choosing another
 * complaints team gives its members a way to read (ADR 10, 28), so the form is saved by
 * `saveSettings` in accounts/reach-settings.ts, which may refuse the team and announces it in
 * the same transaction; settings sit below accounts and know nothing of them.
 */

export const HELP_CONTACT_ROWS = 6;
const NUMBERS = [
	'responseWorkingDays',
	'meetingFeedbackWorkingDays',
	'escalationHours',
	'suppressionThreshold',
	'retentionMonths',
	'complaintResponseWorkingDays'
] as const satisfies NumberSettingKey[];
const EMAILS = ['securityContact', 'accessibilityContact', 'complaintsEmail'] as const;

/** Each number's range, for the form's fields and for the words that refuse a number. */
export function settingsNumberRanges(): Record<(typeof NUMBERS)[number], NumberRange> {
	return Object.fromEntries(NUMBERS.map((key) => [key, numberRange(key)])) as Record<
		(typeof NUMBERS)[number],
		NumberRange
	>;
}

export async function currentSettings() {
	return {
		organisationName: await getSetting('organisationName'),
		helpContacts: await getSetting('helpContacts'),
		responseWorkingDays: await getSetting('responseWorkingDays'),
		meetingFeedbackWorkingDays: await getSetting('meetingFeedbackWorkingDays'),
		escalationHours: await getSetting('escalationHours'),
		suppressionThreshold: await getSetting('suppressionThreshold'),
		retentionMonths: await getSetting('retentionMonths'),
		securityContact: await getSetting('securityContact'),
		accessibilityContact: await getSetting('accessibilityContact'),
		complaintsEmail: await getSetting('complaintsEmail'),
		complaintsTeamId: await getSetting('complaintsTeamId'),
		complaintResponseWorkingDays: await getSetting('complaintResponseWorkingDays'),
		staffTwoStepRequired: await getSetting('staffTwoStepRequired'),
		ssoEnabled: await getSetting('ssoEnabled'),
		staffSsoRequired: await getSetting('staffSsoRequired')
	};
}
export type Settings = Awaited<ReturnType<typeof currentSettings>>;

export async function readSettingsForm(form: FormData) {
	const errors: Record<string, string> = {};
	const text = (key: string) => String(form.get(key) ?? '').trim();
	const organisationName = settingShape('organisationName').safeParse(text('organisationName'));
	if (!organisationName.success)
		errors.organisationName = text('organisationName') ? 'too_long' : 'required';

	const helpContacts = [];
	for (let i = 0; i < HELP_CONTACT_ROWS; i++) {
		const row = {
			name: text(`contact${i}_name`),
			number: text(`contact${i}_number`),
			when: text(`contact${i}_when`)
		};
		if (!row.name && !row.number && !row.when) continue;
		if (!row.name || !row.number) errors[`contact${i}`] = 'contact_incomplete';
		else if (row.name.length > 100 || row.number.length > 40 || row.when.length > 100)
			errors[`contact${i}`] = 'too_long';
		helpContacts.push(row);
	}
	if (helpContacts.length === 0) errors.contact0 = 'contact_needed';

	const numbers: Record<string, number> = {};
	for (const key of NUMBERS) {
		const raw = text(key);
		const parsed = settingShape(key).safeParse(raw === '' ? NaN : Number(raw));
		if (parsed.success) numbers[key] = parsed.data;
		// Said with the setting's own range beside the field (numberRangeWords).
		else errors[key] = 'number_range';
	}
	const emails: Record<string, string> = {};
	for (const key of EMAILS) {
		const parsed = settingShape(key).safeParse(text(key).toLowerCase());
		if (parsed.success) emails[key] = parsed.data;
		else errors[key] = 'email_invalid';
	}
	const complaintsTeamId = text('complaintsTeamId');
	const teamKnown =
		!complaintsTeamId ||
		(
			await db().select({ id: teams.id }).from(teams).where(eq(teams.id, complaintsTeamId)).limit(1)
		)[0];
	if (!teamKnown) errors.complaintsTeamId = 'choose_one';
	if (Object.keys(errors).length > 0) return { ok: false as const, errors };
	const settings = {
		organisationName: organisationName.data!,
		helpContacts,
		...numbers,
		...emails,
		complaintsTeamId,
		staffTwoStepRequired: form.get('staffTwoStepRequired') === 'yes',
		ssoEnabled: form.get('ssoEnabled') === 'yes',
		staffSsoRequired: form.get('staffSsoRequired') === 'yes'
	} as Settings;
	return { ok: true as const, settings };
}

/** The settings that differ from those saved now. */
export async function settingsChanged(settings: Settings): Promise<(keyof Settings)[]> {
	const before = await currentSettings();
	return (Object.keys(settings) as (keyof Settings)[]).filter(
		(k) => JSON.stringify(before[k]) !== JSON.stringify(settings[k])
	);
}

/**
 * Writes the changed settings and their audit event, through the transaction of the change: the
 * settings page's and the working-time page's alike.
 */
export async function writeSettings<K extends SettingKey>(
	tx: Tx,
	actor: SessionUser,
	settings: { [P in K]: SettingValue<P> },
	changed: K[],
	now: Date
): Promise<void> {
	for (const key of changed) await setSetting(tx, key, settings[key], now);
	await recordAuditEvent(
		tx,
		{
			actorId: actor.id,
			action: 'settings_changed',
			subjectType: 'settings',
			detail: { changed }
		},
		now
	);
}
