import QRCode from 'qrcode';

/**
 * The activation page's address as a QR code, drawn here as SVG so the letter
 * makes no request to anyone else. It carries the address only, never the
 * code: a photo of the QR code alone cannot open an account.
 */
export async function activationQrDataUrl(origin: string): Promise<string> {
	const svg = await QRCode.toString(`${origin}/activate`, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
	return `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
}
