import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '../auth/session';
import { db } from '../db';
import { complaints, mailOutbox } from '../db/schema';
import { addToTeam, createStaff, createTeam } from '$tests/fixtures';
import {
	auditOf,
	createComplaintsTeams,
	setComplaintsTeam as setTeam,
	youngPersonInTeam as inTeam
} from '$tests/fixtures/complaints';
import { makeComplaint } from './mutations';
import { describeComplaintsContact, listOwnComplaints } from './queries';
import { listComplaintsForTeam } from './team-queries';

const NOW = new Date('2025-02-12T10:00:00Z'); // a Wednesday
let team: string;
let complaintsTeam: string;
let reader: SessionUser & { email: string };
const youngPersonInTeam = (teamId = team) => inTeam(teamId);

beforeAll(async () => ({ team, complaintsTeam, reader } = await createComplaintsTeams()));

describe('makeComplaint', () => {
	it('refuses, storing nothing, when no complaints team is chosen', async () => {
		await setTeam('', 'complaints@council.example');
		const actor = await youngPersonInTeam();
		expect(
			await makeComplaint(actor, { kind: 'complaint', message: 'nobody listens' }, NOW)
		).toEqual({
			ok: false,
			reason: 'no_contact'
		});
		expect((await listOwnComplaints(actor)).asked).toEqual([]);
	});

	it('refuses when the chosen team has nobody who may read it (an administrator never may)', async () => {
		const empty = await createTeam('Empty');
		const admin = await createStaff(['admin']);
		await addToTeam(empty, admin.id, 'worker');
		await setTeam(empty);
		expect((await describeComplaintsContact()).open).toBe(false);
		expect(
			await makeComplaint(await youngPersonInTeam(), { kind: 'complaint', message: '' }, NOW)
		).toMatchObject({
			ok: false
		});
		expect(await listComplaintsForTeam(admin)).toBeNull();
	});

	it('stores and audits it, and the emails say only that something is waiting', async () => {
		await setTeam(complaintsTeam, 'complaints@council.example');
		const actor = await youngPersonInTeam();
		const result = await makeComplaint(
			actor,
			{ kind: 'advocate', message: 'I want someone at my review' },
			NOW
		);
		if (!result.ok) throw new Error(result.reason);
		// 5 working days from a Wednesday is the next Wednesday.
		expect(result.replyBy.toISOString().slice(0, 10)).toBe('2025-02-19');
		const stored = (
			await db().select().from(complaints).where(eq(complaints.id, result.id)).limit(1)
		)[0]!;
		expect(stored).toMatchObject({ kind: 'advocate', sentTo: 'Complaints', status: 'waiting' });
		expect(await auditOf(result.id)).toEqual([['complaint_made', actor.id]]);
		const mail = (await db().select().from(mailOutbox)).filter((m) =>
			['complaints@council.example', reader.email].includes(m.to)
		);
		expect(mail.map((m) => m.to).sort()).toEqual(['complaints@council.example', reader.email]);
		for (const m of mail) {
			expect(m.body).toContain('/complaints');
			// No name, no case reference, no words, not even which it was.
			expect(`${m.subject} ${m.body}`).not.toMatch(/Robin|review|CASE-|advocate for/);
		}
		expect((await listOwnComplaints(actor)).asked.map((c) => c.id)).toEqual([result.id]);
	});

	it('makes one complaint of a form sent twice with its key, and mails the team once', async () => {
		await setTeam(complaintsTeam, 'complaints@council.example');
		const actor = await youngPersonInTeam();
		const mailBefore = (await db().select().from(mailOutbox)).length;
		const form = { kind: 'complaint' as const, message: 'Twice', idempotencyKey: 'complaintkey01' };
		const first = await makeComplaint(actor, form, NOW);
		const again = await makeComplaint(actor, form, NOW);
		expect(first.ok && again.ok && again.id === first.id).toBe(true);
		expect((await listOwnComplaints(actor)).asked).toHaveLength(1);
		expect((await db().select().from(mailOutbox)).length - mailBefore).toBe(2);
	});
});
