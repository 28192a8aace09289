import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';

/*
 * Words removed for good must not stay readable in the database's file or its write-ahead log
 * (nor so in any backup copied from them). A file of its own: the suite's database is in memory.
 */
const dir = mkdtempSync(join(tmpdir(), 'heard-retention-'));
process.env.DATABASE_URL = join(dir, 'heard.db');
const { closeDatabase, emptyWriteAheadLog, transaction } = await import('../db');
const { chosenQuotes, replies, statements } = await import('../db/schema');
const { addStatement, createStaff, createTeam, createYoungPerson } =
	await import('$tests/fixtures');
const { runRetention } = await import('./retention');
const { eq } = await import('drizzle-orm');

afterAll(async () => {
	await closeDatabase();
	rmSync(dir, { recursive: true, force: true });
});

const WORDS = 'the gas bill scared me and the purple kettle';
const REPLY = 'We rang the energy company about the purple kettle';
const QUOTE = 'Knives and whites cost over forty pounds';
const onDisk = () =>
	['heard.db', 'heard.db-wal']
		.map((file) => {
			try {
				return readFileSync(join(dir, file)).toString('latin1');
			} catch {
				return '';
			}
		})
		.join('');

it('are gone from the file and its log once retention has removed them', async () => {
	const worker = await createStaff(['worker']);
	const teamId = await createTeam();
	const archived = await createYoungPerson({
		teamId,
		archivedAt: new Date('2020-01-01T00:00:00Z')
	});
	const id = await addStatement(archived, { kind: 'make_a_change' });
	await transaction(async (tx) => {
		await tx
			.update(statements)
			.set({ answers: { category: 'money', what: WORDS }, sentAt: new Date('2019-06-01') })
			.where(eq(statements.id, id));
		await tx.insert(replies).values({ statementId: id, authorId: worker.id, body: REPLY });
		await tx.insert(chosenQuotes).values({ statementId: id, quote: QUOTE, chosenBy: worker.id });
	});
	// Written to the file itself, as years of use would have: the words are there to be found.
	expect(await emptyWriteAheadLog()).toBe(true);
	expect(onDisk()).toContain(WORDS);
	expect(onDisk()).toContain(REPLY);
	expect(onDisk()).toContain(QUOTE);

	expect((await runRetention(new Date('2030-01-01T00:00:00Z'))).statements).toBe(1);

	expect(onDisk()).not.toContain(WORDS);
	expect(onDisk()).not.toContain('purple kettle');
	expect(onDisk()).not.toContain(QUOTE);
});
