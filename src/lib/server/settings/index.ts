import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Reader, Tx } from '../db';
import { preparedOnce } from '../db/prepared';
import { readOncePerRequest } from '../db/request-reads';
import { settings } from '../db/schema';
import { BANK_HOLIDAY_NATIONS } from '$lib/vocabulary';
import { DEFAULT_HELP_CONTACTS } from '$lib/help-contacts';
import type { NumberRange } from '$lib/forms/number-range';

const helpContact = z.object({
	name: z.string().max(100),
	number: z.string().max(40),
	when: z.string().max(100)
});

/** An email address, or empty for "not set". */
const optionalEmail = z.union([z.literal(''), z.email().max(200)]);

const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);

/** The working week in UK time: days 1 (Monday) to 7 (Sunday), from start to end. */
const workingHours = z
	.object({
		days: z.array(z.number().int().min(1).max(7)).max(7),
		start: clockTime,
		end: clockTime
	})
	.refine((h) => h.start < h.end, { path: ['end'], message: 'end_before_start' });

/** Every setting, its shape and its default; the database stores only what an admin changed. */
const SETTINGS = {
	// A council names itself on first run (npm run admin:create --organisation); this only shows it has not.
	organisationName: z.string().min(1).max(120).default('Your organisation'),
	// Heard's own contacts are translated when shown ($lib/help-contacts); an admin's, as typed.
	helpContacts: z.array(helpContact).max(10).default(DEFAULT_HELP_CONTACTS),
	responseWorkingDays: z.number().int().min(1).max(20).default(2),
	// After a meeting the young person gave views for, what was decided is told to them within this many.
	meetingFeedbackWorkingDays: z.number().int().min(1).max(20).default(5),
	escalationHours: z.number().min(0.25).max(48).default(2),
	// The urgent chain after the team manager (notifications/chain.ts): the out-of-hours team,
	// then the named senior manager, each this long after the step before, until acknowledged.
	dutyEscalationHours: z.number().min(0.25).max(48).default(1),
	seniorEscalationHours: z.number().min(0.25).max(48).default(1),
	// A staff account's id; empty for none.
	seniorManagerId: z.string().max(64).default(''),
	workingHours: workingHours.default({ days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00' }),
	bankHolidayNation: z.enum(BANK_HOLIDAY_NATIONS).default('england_wales'),
	suppressionThreshold: z.number().int().min(2).max(20).default(5),
	retentionMonths: z.number().int().min(1).max(1200).default(72),
	// Languages an admin turned on or off (by locale); the rest follow their review (server/languages).
	languageSwitches: z.record(z.string(), z.boolean()).default({}),
	// Published in /.well-known/security.txt; unset, that file is not served.
	securityContact: optionalEmail.default(''),
	// Where the accessibility statement tells people to report a problem.
	accessibilityContact: optionalEmail.default(''),
	// Told (without a word of it) that a young person's complaint or request for an advocate is waiting.
	complaintsEmail: optionalEmail.default(''),
	// The team whose members read complaints inside Heard (ADR 28); empty: no team chosen.
	complaintsTeamId: z.string().max(64).default(''),
	// Scottish public services' model complaints procedure answers a frontline complaint in 5 working days.
	complaintResponseWorkingDays: z.number().int().min(1).max(20).default(5),
	// Staff sign in with a code from an app as well as a password; only a demo turns this off.
	staffTwoStepRequired: z.boolean().default(true),
	// Single sign-on, once set up on the server (OIDC_*): offered unless turned off, required only if chosen.
	ssoEnabled: z.boolean().default(true),
	staffSsoRequired: z.boolean().default(false)
} as const;

export type SettingKey = keyof typeof SETTINGS;
export type SettingValue<K extends SettingKey> = z.infer<(typeof SETTINGS)[K]>;

/** A setting's shape, so a form can explain what is wrong before anything is saved. */
export function settingShape<K extends SettingKey>(key: K): (typeof SETTINGS)[K] {
	return SETTINGS[key];
}

/** The settings that are a number, each with the range its shape allows. */
export type NumberSettingKey = {
	[K in SettingKey]: SettingValue<K> extends number ? K : never;
}[SettingKey];

/**
 * The range a number setting allows, and whether it must be whole, read from its own shape: a
 * form states these when it refuses a number, so the words never disagree with the check.
 */
export function numberRange(key: NumberSettingKey): NumberRange {
	const shape = (SETTINGS[key] as z.ZodDefault<z.ZodNumber>).unwrap();
	return { min: shape.minValue ?? 0, max: shape.maxValue ?? 0, whole: shape.isInt };
}

/** Every setting an admin has changed: a few short rows, read in one go. */
const storedSettings = preparedOnce((database) =>
	database.select({ key: settings.key, value: settings.value }).from(settings).prepare()
);

/**
 * The stored settings by key, read once per request however many settings its page asks for
 * (db/request-reads.ts): one round trip where there were five or six.
 */
const storedSettingsByKey = () =>
	readOncePerRequest(
		'settings',
		async () => new Map((await storedSettings().all()).map((row) => [row.key, row.value]))
	);

/** A setting's value; inside a transaction, read through its handle (`reader`). */
export async function getSetting<K extends SettingKey>(
	key: K,
	reader?: Reader
): Promise<SettingValue<K>> {
	const value = reader
		? (await reader.select().from(settings).where(eq(settings.key, key)).limit(1))[0]?.value
		: (await storedSettingsByKey()).get(key);
	const parsed = SETTINGS[key].safeParse(value);
	// A stored value that no longer fits (after an upgrade, say) falls back to the default.
	return (parsed.success ? parsed.data : SETTINGS[key].parse(undefined)) as SettingValue<K>;
}

export async function setSetting<K extends SettingKey>(
	tx: Tx,
	key: K,
	value: SettingValue<K>,
	now = new Date()
): Promise<void> {
	const checked = SETTINGS[key].parse(value);
	await tx
		.insert(settings)
		.values({ key, value: checked, updatedAt: now })
		.onConflictDoUpdate({ target: settings.key, set: { value: checked, updatedAt: now } });
}
