import { m } from '$lib/paraglide/messages.js';

/** What the notifications section says: to a young person about their phone, to staff about a device. */
export interface PushWords {
	title: string;
	hint: string;
	isOn: string;
	isOff: string;
	turnOn: string;
	turnOff: string;
	turnedOn: string;
	turnedOff: string;
	blocked: string;
	notHere: string;
	failed: string;
}

export const youngPersonPushWords = (): PushWords => ({
	title: m.settings_push_title(),
	hint: m.settings_push_hint(),
	isOn: m.settings_push_is_on(),
	isOff: m.settings_push_is_off(),
	turnOn: m.settings_push_turn_on(),
	turnOff: m.settings_push_turn_off(),
	turnedOn: m.settings_push_turned_on(),
	turnedOff: m.settings_push_turned_off(),
	blocked: m.settings_push_blocked(),
	notHere: m.settings_push_not_here(),
	failed: m.settings_push_failed()
});

export const staffPushWords = (): PushWords => ({
	title: m.staff_push_title(),
	hint: m.staff_push_hint(),
	isOn: m.staff_push_is_on(),
	isOff: m.staff_push_is_off(),
	turnOn: m.staff_push_turn_on(),
	turnOff: m.staff_push_turn_off(),
	turnedOn: m.staff_push_turned_on(),
	turnedOff: m.staff_push_turned_off(),
	blocked: m.staff_push_blocked(),
	notHere: m.staff_push_not_here(),
	failed: m.staff_push_failed()
});
