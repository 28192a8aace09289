// Temporary folders for the fault tests, removed when the test process ends.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Every folder made here is removed when this test process ends, whatever the tests did.
const madeFolders = [];
process.once('exit', () => {
	for (const folder of madeFolders) rmSync(folder, { recursive: true, force: true });
});

/** A new folder, removed when the test process ends. */
export function freshFolder(prefix = 'heard-faults-') {
	const folder = mkdtempSync(join(tmpdir(), prefix));
	madeFolders.push(folder);
	return folder;
}
