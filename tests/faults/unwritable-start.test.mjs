// Fault test: a database Heard cannot write at start is explained to whoever starts it,
// in words that say what to check, and the server stops instead of half-running.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { freshFolder } from './folders.mjs';
import { startAndWaitForExit } from './server.mjs';

test('a database that cannot be written at start gets a clear message and no stack trace', async () => {
	// Its folder is a file: SQLite can neither make the folder nor open the database there,
	// even for a superuser, as with a read-only disk or a folder owned by someone else.
	const notAFolder = join(freshFolder('heard-unwritable-'), 'not-a-folder');
	writeFileSync(notAFolder, 'a file where the data folder should be');
	const database = join(notAFolder, 'heard.db');

	const { code, output } = await startAndWaitForExit({ DATABASE_URL: database });

	assert.equal(code, 1, output);
	assert.match(output, /Heard cannot start: it cannot write its database/);
	assert.ok(output.includes(database), output);
	assert.match(output, /Check that the folder exists, who owns it and its permissions/);
	assert.doesNotMatch(output, /^\s+at .+:\d+:\d+\)?$/m, 'no stack trace');
});
