import { env } from '$env/dynamic/private';
import { count } from 'drizzle-orm';
import { db } from '.';
import { users } from './schema';
import { DEMO_ORGANISATION, DEMO_PASSWORD, seedDemo } from './seed-demo';

/**
 * Runs once when the server starts: opening the database applies any new
 * migrations; an empty database gets the demo organisation unless SEED_DEMO=0.
 */
export async function prepareDatabase(): Promise<void> {
	const { n } = db().select({ n: count() }).from(users).get() ?? { n: 0 };
	if (n > 0 || (process.env.SEED_DEMO ?? env.SEED_DEMO) === '0') return;
	const { accounts, activationCode } = await seedDemo();
	const lines = [
		`Heard: the database was empty, so it now holds the invented demo organisation "${DEMO_ORGANISATION}".`,
		`Every demo account's password is: ${DEMO_PASSWORD}`,
		...accounts.map((a) => `  ${a.signIn.padEnd(26)} ${a.name.padEnd(16)} ${a.what}`),
		`To try activation, open /activate and use the code ${activationCode} (for Olly, who has no account yet).`
	];
	console.log(lines.join('\n'));
}
