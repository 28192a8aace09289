import { env } from '$env/dynamic/private';
import { and, count, eq, isNotNull } from 'drizzle-orm';
import { db, readyDatabase } from './db';
import { userRoles, users } from './db/schema';
import { DEMO_ORGANISATION, DEMO_PASSWORD, seedDemo } from './demo/seed';

/**
 * Runs once when the server starts: opening the database applies any new
 * migrations (PostgreSQL's are awaited); an empty database gets the demo organisation unless SEED_DEMO=0.
 */
export async function prepareDatabase(): Promise<void> {
	await readyDatabase();
	const { n } = (await db().select({ n: count() }).from(users).limit(1))[0] ?? { n: 0 };
	if (n > 0 || (process.env.SEED_DEMO ?? env.SEED_DEMO) === '0') {
		if (!(await anAdministratorCanSignIn())) console.log(NO_ADMINISTRATOR_YET);
		return;
	}
	const { accounts, activationCode } = await seedDemo();
	const lines = [
		`Heard: the database was empty, so it now holds the invented demo organisation "${DEMO_ORGANISATION}".`,
		`Every demo account's password is: ${DEMO_PASSWORD}`,
		...accounts.map((a) => `  ${a.signIn.padEnd(26)} ${a.name.padEnd(16)} ${a.what}`),
		`To try activation, open /activate and use the code ${activationCode} (for Olly, who has no account yet).`
	];
	console.log(lines.join('\n'));
}

const NO_ADMINISTRATOR_YET = [
	'Heard: there is no administrator yet, so nobody can sign in. Create the first one on this server with:',
	'  npm run admin:create -- you@council.example --organisation "Your Council"',
	'It prints a link, for you only, to choose your password (README.md, "Running Heard for real").'
].join('\n');

async function anAdministratorCanSignIn(): Promise<boolean> {
	const admin = (
		await db()
			.select({ id: users.id })
			.from(users)
			.innerJoin(userRoles, and(eq(userRoles.userId, users.id), eq(userRoles.role, 'admin')))
			.where(and(eq(users.active, true), isNotNull(users.passwordHash)))
			.limit(1)
	)[0];
	return admin !== undefined;
}
