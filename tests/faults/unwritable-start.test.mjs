// Fault test: a database Heard cannot write at start is explained to whoever starts it,
// in words that say what to check, and the server stops instead of half-running.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { SERVER_ARGS } from '../../scripts/server-args.js';
import { freshFolder } from './server.mjs';

function startAndWaitForExit(database) {
	const child = spawn(process.execPath, SERVER_ARGS, {
		env: { ...process.env, PORT: '4605', DATABASE_URL: database, ORIGIN: 'http://localhost:4605' },
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let output = '';
	child.stdout.on('data', (chunk) => (output += chunk));
	child.stderr.on('data', (chunk) => (output += chunk));
	const killer = setTimeout(() => child.kill('SIGKILL'), 30_000);
	return new Promise((resolve) =>
		child.once('exit', (code) => {
			clearTimeout(killer);
			resolve({ code, output });
		})
	);
}

test('a database that cannot be written at start gets a clear message and no stack trace', async () => {
	// Its folder is a file: SQLite can neither make the folder nor open the database there,
	// even for a superuser, as with a read-only disk or a folder owned by someone else.
	const notAFolder = join(freshFolder('heard-unwritable-'), 'not-a-folder');
	writeFileSync(notAFolder, 'a file where the data folder should be');
	const database = join(notAFolder, 'heard.db');

	const { code, output } = await startAndWaitForExit(database);

	assert.equal(code, 1, output);
	assert.match(output, /Heard cannot start: it cannot write its database/);
	assert.ok(output.includes(database), output);
	assert.match(output, /Check that the folder exists, who owns it and its permissions/);
	assert.doesNotMatch(output, /^\s+at .+:\d+:\d+\)?$/m, 'no stack trace');
});
