// npm run admin:create -- you@council.example --organisation "Your Council" [--name "Your Name"]
//
// The first administrator of a new Heard. It makes the account and prints, to
// whoever runs it (the new administrator), a link to choose their password:
// it works once, within 24 hours. Refused once an administrator can sign in;
// from then on, administrators add staff in Heard itself. The rows it writes
// are the app's own (src/lib/server/auth/password-links.ts).
//
// It runs on either database Heard runs on (ADR 46): the rules are written once,
// below; each engine gives them a "store" of the few reads and writes they need
// (admin-create-database.js).
import { encodeBase32LowerCaseNoPadding } from '@oslojs/encoding';
import { createHash } from 'node:crypto';
import { parseArgs } from 'node:util';
import { openDatabase } from './admin-create-database.js';

const LINK_LIFETIME_MS = 24 * 60 * 60 * 1000;
const BY = 'npm run admin:create';
const random = (bytes) =>
	encodeBase32LowerCaseNoPadding(crypto.getRandomValues(new Uint8Array(bytes)));
const sha256 = (text) => createHash('sha256').update(text).digest('hex');

export class Refused extends Error {}

function readArguments(argv) {
	const { values, positionals } = parseArgs({
		args: argv,
		allowPositionals: true,
		options: { organisation: { type: 'string' }, name: { type: 'string' } }
	});
	const email = (positionals[0] ?? '').trim().toLowerCase();
	if (positionals.length !== 1 || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
		throw new Refused(
			'Give the new administrator\'s work email: npm run admin:create -- you@council.example --organisation "Your Council"'
		);
	}
	const organisation = values.organisation?.trim();
	if (organisation !== undefined && (organisation.length < 1 || organisation.length > 120)) {
		throw new Refused("The organisation's name needs 1 to 120 characters.");
	}
	const name = values.name?.trim() || email.split('@')[0];
	if (name.length > 120) throw new Refused('The name can be 120 characters at most.');
	return { email, organisation, name };
}

/**
 * Creates (or, if it never set a password, renews) the first administrator; returns the token.
 * Runs inside the store's transaction, so what it reads still holds when it writes. The store
 * (sqliteStore or postgresStore) takes moments as milliseconds and writes them its engine's way.
 */
export async function createFirstAdministrator(
	store,
	{ email, organisation, name },
	now = Date.now()
) {
	if (await store.adminCanSignIn())
		throw new Refused(
			'Heard already has an administrator. Ask them to add you in Heard (Admin, Staff accounts).'
		);
	if (!(await store.organisationNamed()) && !organisation)
		throw new Refused(
			'Name your organisation as it should appear to staff and young people: --organisation "Your Council"'
		);
	const account = await store.account(email);
	if (account && (!account.isAdmin || !account.active))
		throw new Refused(`${email} already has an account that is not an active administrator.`);
	const userId = account?.id ?? random(10);
	if (!account) {
		const firstName = name.split(/\s+/)[0];
		await store.addAdministrator({ id: userId, email, name, firstName, at: now });
	}
	// Any earlier first-run link stops working: only the newest one printed can be used.
	await store.endUnusedLinks(userId, now);
	const token = random(20);
	const expiresAt = now + LINK_LIFETIME_MS;
	await store.addLink({ id: random(10), userId, tokenHash: sha256(token), expiresAt, at: now });
	if (organisation) {
		await store.nameOrganisation(organisation, now);
		await store.audit(now, 'settings_changed', 'settings', null, {
			changed: ['organisationName'],
			by: BY
		});
	}
	await store.audit(now, 'first_admin_created', 'user', userId, {
		email,
		renewed: Boolean(account),
		by: BY
	});
	return token;
}

async function main() {
	const origin = (process.env.ORIGIN || `http://localhost:${process.env.PORT || 3000}`).replace(
		/\/+$/,
		''
	);
	const database = process.env.DATABASE_URL || 'data/heard.db';
	try {
		const input = readArguments(process.argv.slice(2));
		const db = await openDatabase(database);
		try {
			const token = await db.transaction((store) => createFirstAdministrator(store, input));
			console.log(
				[
					`Heard: ${input.email} is an administrator${input.organisation ? ` of ${input.organisation}` : ''}.`,
					'Open this link to choose your password. It works once, within 24 hours, and is shown only here:',
					'',
					`  ${origin}/password/${token}`,
					'',
					process.env.ORIGIN
						? ''
						: `(ORIGIN is not set, so the link assumes Heard is at ${origin}. Set ORIGIN to Heard's public https address.)`,
					'If the link stops working before you use it, run this command again.'
				]
					.filter((line, i, all) => line !== '' || all[i - 1] !== '')
					.join('\n')
			);
		} finally {
			await db.close();
		}
	} catch (error) {
		if (!(error instanceof Refused)) throw error;
		console.error(`Heard: ${error.message}`);
		process.exitCode = 1;
	}
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
