/** The invented demo organisation's accounts (see src/lib/server/demo/seed.ts). */
export const DEMO_PASSWORD = 'heard-demo-2026';

export const DEMO = {
	admin: { signIn: 'admin@glenbrae.example', home: '/admin' },
	lead: { signIn: 'lead@glenbrae.example', home: '/lead' },
	manager: { signIn: 'manager@glenbrae.example', home: '/manager' },
	sam: { signIn: 'sam@glenbrae.example', home: '/worker' },
	jamie: { signIn: 'jamie@glenbrae.example', home: '/worker' },
	aileen: { signIn: 'aileen@glenbrae.example', home: '/worker' },
	maya: { signIn: 'maya', home: '/me' },
	jordan: { signIn: 'jordan', home: '/me' },
	alex: { signIn: 'alex', home: '/me' },
	leah: { signIn: 'leah', home: '/me' },
	kai: { signIn: 'kai', home: '/me' },
	ruby: { signIn: 'ruby', home: '/me' }
} as const;

export type DemoAccount = keyof typeof DEMO;

/** A phone-sized screen: most young people use Heard on a cheap phone. */
export const PHONE = {
	viewport: { width: 360, height: 740 },
	isMobile: true,
	hasTouch: true
} as const;

/** An office screen, for staff pages. */
export const DESKTOP = { viewport: { width: 1280, height: 900 } } as const;
