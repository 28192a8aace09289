import { resolve } from 'node:path';

// SQLite's and the file system's ways of saying "this file cannot be written (or opened) here"
// (EEXIST: a file stands where the database's folder should be made).
const STORAGE_CODES =
	/^(SQLITE_(READONLY|CANTOPEN|FULL|BUSY|LOCKED|IOERR|PERM|AUTH)\w*|EACCES|EPERM|EROFS|ENOSPC|ENOTDIR|EISDIR|ENOENT|EEXIST)$/;

function codeOf(error: unknown): string {
	const code = (error as { code?: unknown } | null)?.code;
	return typeof code === 'string' ? code : '';
}

/**
 * The words for whoever starts Heard when its database cannot be opened or
 * written: what is wrong and what to check, instead of a stack trace. Null for
 * any other error, which is a fault in Heard and keeps its trace.
 */
export function explainStorageFailure(error: unknown, path: string): string | null {
	const code = codeOf(error);
	if (!STORAGE_CODES.test(code)) return null;
	const file = resolve(path);
	const reason = error instanceof Error ? error.message : String(error);
	return [
		`Heard cannot start: it cannot write its database, ${file} (${code}: ${reason}).`,
		'Heard must be able to write that file and the folder it is in (SQLite keeps -wal and -shm files beside it).',
		'Check that the folder exists, who owns it and its permissions, that the disk is not read-only or full,',
		'that no other program holds the database locked, and that DATABASE_URL names the right file.'
	].join('\n');
}
