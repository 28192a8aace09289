import { m } from '$lib/paraglide/messages.js';

/**
 * The web app manifest: what a phone shows for Heard on its home screen. A young person who
 * has chosen the neutral look gets "Notes" and a plain notebook, so the app does not say what
 * it is to whoever else sees the phone (docs/adr/0032-installable-offline-app.md).
 */
export function appManifest(discreet: boolean) {
	const icon = discreet ? 'notes' : 'heard';
	return {
		id: '/',
		name: discreet ? m.app_name_discreet() : m.app_name(),
		short_name: discreet ? m.app_name_discreet() : m.app_name(),
		description: discreet ? m.app_description_discreet() : m.app_description(),
		start_url: '/',
		scope: '/',
		display: 'standalone',
		background_color: '#ffffff',
		theme_color: discreet ? '#6b6b6b' : '#1d4f91',
		icons: [
			{ src: `/icons/${icon}.svg`, sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
			...[192, 512].flatMap((size) =>
				(['any', 'maskable'] as const).map((purpose) => ({
					src: `/icons/${icon}-${size}.png`,
					sizes: `${size}x${size}`,
					type: 'image/png',
					purpose
				}))
			)
		]
	};
}
