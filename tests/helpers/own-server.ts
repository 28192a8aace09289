import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from '@playwright/test';
import { SMTPServer } from 'smtp-server';
import { SERVER_ARGS } from '../../scripts/server-args.js';
import { queryDatabase } from './database';

/**
 * A second built server for journeys the shared one cannot host: its own
 * database file (a council's empty one, say) and its own settings (a real
 * SMTP server), on a free port, started exactly as `npm run serve` starts it.
 */

// Every folder made here is removed when this test process ends, whatever the tests did.
const madeFolders: string[] = [];
process.once('exit', () => {
	for (const folder of madeFolders) rmSync(folder, { recursive: true, force: true });
});

export function freshDatabasePath(): string {
	const folder = mkdtempSync(join(tmpdir(), 'heard-e2e-'));
	madeFolders.push(folder);
	return join(folder, 'heard.db');
}

export function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const probe = createServer().listen(0, '127.0.0.1', () => {
			const { port } = probe.address() as AddressInfo;
			probe.close(() => resolve(port));
		});
		probe.once('error', reject);
	});
}

export async function startOwnServer(env: Record<string, string>) {
	const port = await freePort();
	const base = `http://localhost:${port}`;
	let output = '';
	const child = spawn(process.execPath, SERVER_ARGS, {
		env: { ...process.env, PORT: String(port), ORIGIN: base, ...env },
		stdio: ['ignore', 'pipe', 'pipe']
	});
	child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
	child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
	// SIGTERM, as a service manager stops it; a server still running 10 s later (a connection
	// the browser left open keeps adapter-node waiting up to its 30 s) is killed, and says so.
	const stop = () =>
		new Promise<void>((resolve) => {
			if (child.exitCode !== null || child.signalCode !== null) return resolve();
			const kill = setTimeout(() => {
				console.warn(`The server on port ${port} had not stopped 10 s after SIGTERM.`);
				child.kill('SIGKILL');
			}, 10_000);
			child.once('exit', () => {
				clearTimeout(kill);
				resolve();
			});
			child.kill('SIGTERM');
		});
	for (let i = 0; i < 300; i += 1) {
		try {
			if ((await fetch(`${base}/healthz`)).ok) return { base, output: () => output, stop };
		} catch {
			// not listening yet
		}
		await new Promise((r) => setTimeout(r, 100));
	}
	await stop();
	throw new Error(`the server did not start:\n${output}`);
}

/** A real SMTP server on a free local port that keeps every message, decoded enough to read links. */
export function startSmtp(): Promise<{
	url: string;
	received: string[];
	stop: () => Promise<void>;
}> {
	const received: string[] = [];
	const server = new SMTPServer({
		// Closing waits this long for a client still connected (30 s by default).
		closeTimeout: 2000,
		authOptional: true,
		disabledCommands: ['STARTTLS'],
		onData(stream, _session, callback) {
			let text = '';
			stream.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
			stream.on('end', () => {
				// Quoted-printable soft line breaks would split a long line.
				received.push(text.replace(/=\r?\n/g, ''));
				callback();
			});
		}
	});
	return new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.server.address() as AddressInfo;
			resolve({
				url: `smtp://127.0.0.1:${port}`,
				received,
				stop: () => new Promise((done) => server.close(() => done()))
			});
		});
	});
}

/**
 * For a serial journey of its own: a demo database of its own, a real SMTP server to read what
 * the emails say, and the server started on both before the first step and stopped after the last.
 * Its fields are filled in by the time the first test runs.
 */
export function useOwnServerWithMail() {
	const own = {} as {
		server: Awaited<ReturnType<typeof startOwnServer>>;
		smtp: Awaited<ReturnType<typeof startSmtp>>;
		database: string;
		/** Reads the journey's database as it stands. */
		query: <T>(sql: string, ...params: unknown[]) => T[];
	};
	test.beforeAll(async () => {
		// Building a demo database and starting a server takes longer than one page.
		test.setTimeout(120_000);
		own.smtp = await startSmtp();
		own.database = freshDatabasePath();
		own.query = (sql, ...params) => queryDatabase(own.database, sql, ...params);
		own.server = await startOwnServer({ DATABASE_URL: own.database, SMTP_URL: own.smtp.url });
	});
	test.afterAll(async () => {
		await own.server?.stop();
		await own.smtp?.stop();
	});
	return own;
}
