import QRCode from 'qrcode';
import { longDay } from '$lib/dates';
import { ACTIVATION_CODE_LIFETIME_MS } from '../auth/activation-codes';
import { getSetting } from '../settings';
import { asLocale, baseLocale, directionOf } from '$lib/languages';
import { enabledLocales } from '../languages';
import { findYoungPersonRecord } from './queries';

/**
 * The activation page's address as a QR code, drawn here as SVG so the letter
 * makes no request to anyone else. It carries the address only, never the
 * code: a photo of the QR code alone cannot open an account.
 */
export async function activationQrDataUrl(origin: string): Promise<string> {
	const svg = await QRCode.toString(`${origin}/activate`, {
		type: 'svg',
		errorCorrectionLevel: 'M',
		margin: 2
	});
	return `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
}

/** What a printed letter shows, for the one response that carries its code. */
export async function letterWith(
	code: string,
	youngPersonId: string,
	origin: string,
	replacesSignIn: boolean,
	now: Date
) {
	const record = await findYoungPersonRecord(youngPersonId, now);
	// In the language on the record, as the young person's pages will be; English while it is off.
	const wanted = asLocale(record?.language) ?? baseLocale;
	const locale = (await enabledLocales()).has(wanted) ? wanted : baseLocale;
	return {
		locale,
		dir: directionOf(locale),
		code,
		replacesSignIn,
		organisation: await getSetting('organisationName'),
		worker: record?.currentWorker?.workerFirstName ?? null,
		activateUrl: `${origin}/activate`,
		qr: await activationQrDataUrl(origin),
		expires: longDay(now.getTime() + ACTIVATION_CODE_LIFETIME_MS, locale)
	};
}
