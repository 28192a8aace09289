import { resolve } from 'node:path';
import { engineOf } from './engine';

// SQLite's and the file system's ways of saying "this file cannot be written (or opened) here"
// (EEXIST: a file stands where the database's folder should be made).
const STORAGE_CODES =
	/^(SQLITE_(READONLY|CANTOPEN|FULL|BUSY|LOCKED|IOERR|PERM|AUTH)\w*|EACCES|EPERM|EROFS|ENOSPC|ENOTDIR|EISDIR|ENOENT|EEXIST)$/;

/**
 * PostgreSQL's, and the network's, ways of saying "that database cannot be reached or written
 * as this role": no server there, a name that does not resolve, a wrong password or role, no
 * such database, no right to make tables, a full disk, a standby, a server still starting.
 */
const POSTGRES_CODES =
	/^(ECONNREFUSED|ECONNRESET|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|EHOSTUNREACH|CONNECT_TIMEOUT|28P01|28000|3D000|42501|53100|25006|57P03)$/;

function codeOf(error: unknown): string {
	for (let e = error; e && typeof e === 'object'; e = (e as { cause?: unknown }).cause) {
		const code = (e as { code?: unknown }).code;
		if (typeof code === 'string') return code;
	}
	return '';
}

function reasonOf(error: unknown): string {
	const cause = (error as { cause?: unknown } | null)?.cause;
	const said = cause instanceof Error && 'code' in cause ? cause : error;
	return said instanceof Error ? said.message : String(said);
}

/**
 * The words for whoever starts Heard when its database cannot be opened or
 * written: what is wrong and what to check, instead of a stack trace. Null for
 * any other error, which is a fault in Heard and keeps its trace.
 */
export function explainStorageFailure(error: unknown, path: string): string | null {
	const code = codeOf(error);
	if (engineOf(path) === 'postgres') {
		return POSTGRES_CODES.test(code) ? explainPostgres(code, reasonOf(error), path) : null;
	}
	if (!STORAGE_CODES.test(code)) return null;
	const file = resolve(path);
	return [
		`Heard cannot start: it cannot write its database, ${file} (${code}: ${reasonOf(error)}).`,
		'Heard must be able to write that file and the folder it is in (SQLite keeps -wal and -shm files beside it).',
		'Check that the folder exists, who owns it and its permissions, that the disk is not read-only or full,',
		'that no other program holds the database locked, and that DATABASE_URL names the right file.'
	].join('\n');
}

/** The address without its password, which must never reach a log. */
function withoutPassword(url: string): string {
	try {
		const parsed = new URL(url);
		if (parsed.password) parsed.password = '****';
		return parsed.href;
	} catch {
		return 'the address in DATABASE_URL';
	}
}

function explainPostgres(code: string, reason: string, url: string): string {
	const where = withoutPassword(url);
	return [
		`Heard cannot start: it cannot use its PostgreSQL database, ${where} (${code}: ${reason}).`,
		'Check that the database server is running and reachable from here, that DATABASE_URL names the right',
		'host, port, database, role and password, that the database exists and the role may create tables in it',
		'(Heard applies its migrations as it starts), and that the server is the primary, not a standby.'
	].join('\n');
}
