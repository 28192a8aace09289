// `npm run admin:create` as an IT team runs it, against a PostgreSQL database, and the
// PostgreSQL databases the tests of it run on.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import postgres from 'postgres';
import { inject } from 'vitest';

export const ORIGIN = 'https://heard.council.example';
const root = resolve(import.meta.dirname, '..', '..');

export interface Run {
	status: number | null;
	out: string;
	err: string;
}

/** The command in a process of its own, as a person starts it, with DATABASE_URL set. */
export function adminCreate(database: string, ...args: string[]): Promise<Run> {
	const child = spawn(process.execPath, ['scripts/admin-create.js', ...args], {
		cwd: root,
		env: { ...process.env, DATABASE_URL: database, ORIGIN }
	});
	const run: Run = { status: null, out: '', err: '' };
	child.stdout.setEncoding('utf8').on('data', (chunk: string) => (run.out += chunk));
	child.stderr.setEncoding('utf8').on('data', (chunk: string) => (run.err += chunk));
	return new Promise((done, fail) => {
		child.on('error', fail);
		child.on('close', (status) => done({ ...run, status }));
	});
}

/** The token in the printed link, if one was printed. */
export const linkIn = (out: string) =>
	out.match(/https:\/\/heard\.council\.example\/password\/([a-z2-7]{32})\b/)?.[1];

/** Everything the command prints for a new administrator (the same on SQLite). */
export const printed = (email: string, organisation: string | undefined, token: string) =>
	[
		`Heard: ${email} is an administrator${organisation ? ` of ${organisation}` : ''}.`,
		'Open this link to choose your password. It works once, within 24 hours, and is shown only here:',
		'',
		`  ${ORIGIN}/password/${token}`,
		'',
		'If the link stops working before you use it, run this command again.',
		''
	].join('\n');

/** A new database with nothing in it, not even drizzle-pg/'s migrations, and a way to drop it. */
export async function emptyDatabase() {
	const admin = postgres(inject('postgresUrl'), { max: 1, onnotice: () => {} });
	const name = `heard_empty_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
	await admin.unsafe(`CREATE DATABASE ${name}`);
	const url = new URL(inject('postgresUrl'));
	url.pathname = `/${name}`;
	return {
		url: url.href,
		async drop() {
			await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
			await admin.end();
		}
	};
}
