import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The Nu Html Checker (the W3C's own validator) as shipped by the vnu-jar package. */
const VNU_JAR = String(createRequire(import.meta.url)('vnu-jar'));

interface VnuMessage {
	type: string;
	subType?: string;
	url?: string;
	lastLine?: number;
	message: string;
	extract?: string;
}

/**
 * Checks each served page's HTML, all in one run of the checker (one Java start), and returns
 * every error as "page line N: message". Warnings (such as "consider adding a lang attribute")
 * are left out; errors are what the standard forbids. Java comes from the machine (ADR 30):
 * without it this throws, and the test fails rather than passing unchecked.
 */
export function htmlErrors(pages: { name: string; html: string }[]): string[] {
	const dir = mkdtempSync(join(tmpdir(), 'heard-vnu-'));
	try {
		const files = pages.map((p, i) => {
			const file = join(dir, `${i}.html`);
			writeFileSync(file, p.html);
			return file;
		});
		const output = execFileSync(
			'java',
			[
				'-Xss1m',
				'-jar',
				VNU_JAR,
				'--errors-only',
				'--exit-zero-always',
				'--format',
				'json',
				'--stdout',
				...files
			],
			{ encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 }
		);
		const { messages } = JSON.parse(output) as { messages: VnuMessage[] };
		return messages
			.filter((m) => m.type === 'error' || m.type === 'non-document-error')
			.map((m) => {
				const index = files.findIndex((f) => m.url?.endsWith(f));
				const page = pages[index]?.name ?? m.url ?? '?';
				return `${page} line ${m.lastLine ?? '?'}: ${m.message} [${(m.extract ?? '').trim()}]`;
			});
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}
