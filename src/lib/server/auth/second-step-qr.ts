import QRCode from 'qrcode';
import { pendingKeyFor } from './second-step';

/** The key as a QR code for an authenticator app, drawn here as SVG: no request leaves Heard. */
export async function secondStepSetUp(userId: string, accountName: string, url: URL) {
	const pending = await pendingKeyFor(userId, accountName || url.host);
	if (!pending) return null;
	const svg = await QRCode.toString(pending.uri, {
		type: 'svg',
		errorCorrectionLevel: 'M',
		margin: 2
	});
	return {
		secret: pending.secret,
		qr: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`
	};
}
