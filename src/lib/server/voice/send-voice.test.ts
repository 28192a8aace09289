import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db, transaction } from '../db';
import { draftVoiceNotes, statementVoiceNotes, statements, youngPeople } from '../db/schema';
import { allocate, createStaff, createTeam, createYoungPerson } from '$tests/fixtures';
import { wavBytes } from '$tests/fixtures/wav';
import { describeYoungPerson } from '../young-people/queries';
import { currentTemplate } from '$lib/templates';
import { sendStatementForm } from '../say/send-form';
import { saveDraft } from '../statements/mutations';
import { runRetention } from '../data-rights/retention';
import { readVoiceNotes, textFieldsOf } from './form';

const goodNews = currentTemplate('good_news');
let jordan: Awaited<ReturnType<typeof describeYoungPerson>>;

beforeAll(async () => {
	const team = await createTeam();
	const worker = await createStaff(['worker']);
	const id = await createYoungPerson({ teamId: team, preferredName: 'Jordan' });
	await allocate(id, worker.id);
	jordan = await describeYoungPerson(
		(await db().select().from(youngPeople).where(eq(youngPeople.id, id)).limit(1))[0]!
	);
});

/** The say form as the browser posts it: words, and a file in the question's voice box. */
async function post(
	fields: Record<string, string>,
	file?: { bytes: Uint8Array<ArrayBuffer>; name: string }
) {
	const form = new FormData();
	for (const [name, value] of Object.entries(fields)) form.set(name, value);
	if (file) form.set('voice_what', new File([file.bytes], file.name, { type: 'audio/wav' }));
	const voice = await readVoiceNotes(form, goodNews);
	return await sendStatementForm({
		form: textFieldsOf(form),
		template: goodNews,
		person: jordan,
		actorId: 'actor',
		simple: false,
		voice,
		language: 'en'
	});
}
const notesOf = async (statementId: string) =>
	await db()
		.select()
		.from(statementVoiceNotes)
		.where(eq(statementVoiceNotes.statementId, statementId));
const withKey = async (key: string) =>
	await db().select().from(statements).where(eq(statements.idempotencyKey, key));

describe('a voice note sent with a statement', () => {
	it('is stored with the statement, and answers a words question on its own', async () => {
		const sent = await post(
			{ what: '', idempotencyKey: 'voice-key-0001' },
			{
				bytes: wavBytes(3),
				name: 'me.wav'
			}
		);
		expect(sent.sent).toBe(true);
		const [note] = await notesOf(sent.sent ? sent.id : '');
		expect(note).toMatchObject({ questionId: 'what', contentType: 'audio/wav', durationMs: 3000 });
		expect(note!.bytes.equals(Buffer.from(wavBytes(3)))).toBe(true);
	});

	it('refuses a file that is not audio, even labelled as audio, and stores nothing', async () => {
		const before = (await db().select().from(statementVoiceNotes)).length;
		const sent = await post(
			{ what: 'Words too', idempotencyKey: 'voice-key-0002' },
			{
				bytes: new TextEncoder().encode('this is a text file'),
				name: 'song.wav'
			}
		);
		expect(sent.sent).toBe(false);
		expect(!sent.sent && sent.form.errors).toEqual({ what: 'voice_not_audio' });
		expect(!sent.sent && sent.form.values.what).toBe('Words too');
		expect(await withKey('voice-key-0002')).toHaveLength(0);
		expect(await db().select().from(statementVoiceNotes)).toHaveLength(before);
	});

	it('stores a double send once, and refuses the same key with another recording', async () => {
		const first = await post(
			{ what: 'Hi', idempotencyKey: 'voice-key-0003' },
			{
				bytes: wavBytes(1),
				name: 'a.wav'
			}
		);
		const again = await post(
			{ what: 'Hi', idempotencyKey: 'voice-key-0003' },
			{
				bytes: wavBytes(1),
				name: 'a.wav'
			}
		);
		expect(first.sent && again.sent && first.id === again.id).toBe(true);
		expect(await notesOf(first.sent ? first.id : '')).toHaveLength(1);
		const other = await post(
			{ what: 'Hi', idempotencyKey: 'voice-key-0003' },
			{
				bytes: wavBytes(2),
				name: 'b.wav'
			}
		);
		expect(!other.sent && other.refusal).toBe('sent_before_with_other_words');
		expect((await notesOf(first.sent ? first.id : ''))[0]!.durationMs).toBe(1000);
	});

	it('takes the recording kept on the draft, and leaves no copy behind', async () => {
		const kept = await readVoiceNotes(
			(() => {
				const f = new FormData();
				f.set('voice_what', new File([wavBytes(4)], 'kept.wav'));
				return f;
			})(),
			goodNews
		);
		await saveDraft(jordan.id, goodNews.id, {}, new Date(), kept);
		expect(await db().select().from(draftVoiceNotes)).toHaveLength(1);
		const sent = await post({ what: '', idempotencyKey: 'voice-key-0004' });
		expect(sent.sent).toBe(true);
		expect((await notesOf(sent.sent ? sent.id : ''))[0]!.durationMs).toBe(4000);
		expect(await db().select().from(draftVoiceNotes)).toHaveLength(0);
	});

	it('is removed by retention like free text', async () => {
		const sent = await post(
			{ what: 'Bye', idempotencyKey: 'voice-key-0005' },
			{
				bytes: wavBytes(1),
				name: 'c.wav'
			}
		);
		const id = sent.sent ? sent.id : '';
		await transaction(async (tx) => {
			await tx
				.update(statements)
				.set({ sentAt: new Date('2020-01-01T00:00:00Z') })
				.where(eq(statements.id, id));
			await tx
				.update(youngPeople)
				.set({ archivedAt: new Date('2020-02-01T00:00:00Z') })
				.where(eq(youngPeople.id, jordan.id));
		});
		await runRetention(new Date('2032-01-01T00:00:00Z'));
		expect(await notesOf(id)).toHaveLength(0);
	});
});
