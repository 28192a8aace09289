import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { ReportFilters } from '$lib/reports/filters';
import type { SessionUser } from '../auth/session';
import { db } from '../db';
import { auditEvents, complaints, mailOutbox } from '../db/schema';
import { buildReport, findTable } from '../reports/report';
import { setSetting } from '../settings';
import { addToTeam, allocate, createStaff, createTeam, createYoungPerson } from '$tests/fixtures';
import { createYoungPersonUser } from '$tests/fixtures/reports';
import { m } from '$lib/paraglide/messages.js';
import { drawInLocale } from '../languages/request-locale';
import { makeComplaint } from './mutations';
import { describeComplaintsContact, listOwnComplaints } from './queries';
import { markComplaint, openComplaint } from './team-mutations';
import { listComplaintsForTeam } from './team-queries';

const NOW = new Date('2025-02-12T10:00:00Z'); // a Wednesday
let team: string;
let complaintsTeam: string;
let reader: SessionUser & { email: string };
const child = (): SessionUser => ({
	id: createYoungPersonUser(),
	displayName: 'Robin',
	firstName: 'Robin',
	roles: ['young_person']
});
const setTeam = (teamId: string, address = '') =>
	db().transaction((tx) => {
		setSetting(tx, 'complaintsTeamId', teamId);
		setSetting(tx, 'complaintsEmail', address);
	});

async function youngPersonInTeam(teamId = team): Promise<SessionUser> {
	const actor = child();
	const worker = await createStaff(['worker']);
	allocate(createYoungPerson({ teamId, userId: actor.id, preferredName: 'Robin' }), worker.id);
	return actor;
}

const auditOf = (subjectId: string) =>
	db()
		.select()
		.from(auditEvents)
		.where(eq(auditEvents.subjectId, subjectId))
		.all()
		.map((a) => [a.action, a.actorId]);

beforeAll(async () => {
	team = createTeam('North');
	complaintsTeam = createTeam('Complaints');
	reader = await createStaff(['worker'], { email: 'reader@council.example', firstName: 'Aileen' });
	addToTeam(complaintsTeam, reader.id, 'worker');
});

describe('makeComplaint', () => {
	it('refuses, storing nothing, when no complaints team is chosen', async () => {
		setTeam('', 'complaints@council.example');
		const actor = await youngPersonInTeam();
		expect(makeComplaint(actor, { kind: 'complaint', message: 'nobody listens' }, NOW)).toEqual({
			ok: false,
			reason: 'no_contact'
		});
		expect(listOwnComplaints(actor)).toEqual([]);
	});

	it('refuses when the chosen team has nobody who may read it (an administrator never may)', async () => {
		const empty = createTeam('Empty');
		const admin = await createStaff(['admin']);
		addToTeam(empty, admin.id, 'worker');
		setTeam(empty);
		expect(describeComplaintsContact().open).toBe(false);
		expect(
			makeComplaint(await youngPersonInTeam(), { kind: 'complaint', message: '' }, NOW)
		).toMatchObject({
			ok: false
		});
		expect(listComplaintsForTeam(admin)).toBeNull();
	});

	it('stores and audits it, and the emails say only that something is waiting', async () => {
		setTeam(complaintsTeam, 'complaints@council.example');
		const actor = await youngPersonInTeam();
		const result = makeComplaint(
			actor,
			{ kind: 'advocate', message: 'I want someone at my review' },
			NOW
		);
		if (!result.ok) throw new Error(result.reason);
		// 5 working days from a Wednesday is the next Wednesday.
		expect(result.replyBy.toISOString().slice(0, 10)).toBe('2025-02-19');
		const stored = db().select().from(complaints).where(eq(complaints.id, result.id)).get()!;
		expect(stored).toMatchObject({ kind: 'advocate', sentTo: 'Complaints', status: 'waiting' });
		expect(auditOf(result.id)).toEqual([['complaint_made', actor.id]]);
		const mail = db()
			.select()
			.from(mailOutbox)
			.all()
			.filter((m) => ['complaints@council.example', reader.email].includes(m.to));
		expect(mail.map((m) => m.to).sort()).toEqual(['complaints@council.example', reader.email]);
		for (const m of mail) {
			expect(m.body).toContain('/complaints');
			// No name, no case reference, no words, not even which it was.
			expect(`${m.subject} ${m.body}`).not.toMatch(/Robin|review|CASE-|advocate for/);
		}
		expect(listOwnComplaints(actor).map((c) => c.id)).toEqual([result.id]);
	});

	it('makes one complaint of a form sent twice with its key, and mails the team once', async () => {
		setTeam(complaintsTeam, 'complaints@council.example');
		const actor = await youngPersonInTeam();
		const mailBefore = db().select().from(mailOutbox).all().length;
		const form = { kind: 'complaint' as const, message: 'Twice', idempotencyKey: 'complaintkey01' };
		const first = makeComplaint(actor, form, NOW);
		const again = makeComplaint(actor, form, NOW);
		expect(first.ok && again.ok && again.id === first.id).toBe(true);
		expect(listOwnComplaints(actor)).toHaveLength(1);
		expect(db().select().from(mailOutbox).all().length - mailBefore).toBe(2);
	});
});

describe('the complaints team', () => {
	it('reads a complaint (audited), marks it, and the young person sees where it is', async () => {
		setTeam(complaintsTeam);
		const actor = await youngPersonInTeam();
		const made = makeComplaint(
			actor,
			{ kind: 'complaint', message: 'My worker never calls back' },
			NOW
		);
		if (!made.ok) throw new Error(made.reason);
		expect(listComplaintsForTeam(reader)!.map((c) => c.id)).toContain(made.id);

		const opened = openComplaint(reader, made.id, NOW)!;
		expect(opened).toMatchObject({ name: 'Robin', message: 'My worker never calls back' });
		const later = new Date(NOW.getTime() + 60_000);
		expect(
			markComplaint(reader, made.id, 'in_touch', 'I will phone you on Friday.', later)
		).toEqual({
			ok: true
		});
		expect(auditOf(made.id)).toEqual([
			['complaint_made', actor.id],
			['complaint_read', reader.id],
			['complaint_marked', reader.id]
		]);
		// The audit log records the status, never the note.
		const marked = db()
			.select()
			.from(auditEvents)
			.where(eq(auditEvents.action, 'complaint_marked'))
			.get()!;
		expect(JSON.stringify(marked.detail)).not.toContain('Friday');
		expect(listOwnComplaints(actor)[0]).toMatchObject({
			status: 'in_touch',
			note: 'I will phone you on Friday.'
		});
	});

	it('finds nothing for the worker, a member of another team or an administrator', async () => {
		setTeam(complaintsTeam);
		const actor = await youngPersonInTeam();
		const made = makeComplaint(actor, { kind: 'complaint', message: 'secret' }, NOW);
		if (!made.ok) throw new Error(made.reason);
		const outsiders = [
			await createStaff(['worker']),
			await createStaff(['manager']),
			await createStaff(['admin'])
		];
		addToTeam(team, outsiders[1]!.id, 'manager');
		for (const outsider of outsiders) {
			expect(listComplaintsForTeam(outsider)).toBeNull();
			expect(openComplaint(outsider, made.id, NOW)).toBeNull();
			expect(markComplaint(outsider, made.id, 'resolved', '', NOW)).toEqual({
				ok: false,
				reason: 'not_found'
			});
		}
		expect(auditOf(made.id)).toEqual([['complaint_made', actor.id]]);
	});

	it('is written for the complaints team in English, whatever language the young person reads', async () => {
		setTeam(complaintsTeam, 'polish-reader@council.example');
		const actor = await youngPersonInTeam();
		// As on a page drawn in Polish: the young person's own request, in their language.
		await drawInLocale(new Request('http://heard.example/me/not-happy'), 'pl', () => {
			expect(m.not_happy_title()).not.toBe(m.not_happy_title({}, { locale: 'en' }));
			makeComplaint(actor, { kind: 'complaint', message: 'nikt nie słucha' }, NOW);
			return new Response();
		});
		const mail = db()
			.select()
			.from(mailOutbox)
			.where(eq(mailOutbox.to, 'polish-reader@council.example'))
			.get()!;
		expect(mail.subject).toBe('Heard: something is waiting for the complaints team');
		expect(mail.body).toContain('Sign in to read it');
		expect(mail.body).not.toContain('nikt nie słucha');
	});

	it('is counted in the participation report with small numbers withheld', async () => {
		setTeam(complaintsTeam);
		const south = createTeam('South');
		for (let i = 0; i < 5; i++)
			makeComplaint(await youngPersonInTeam(south), { kind: 'complaint', message: '' }, NOW);
		const southRow = () => {
			const report = buildReport(
				ReportFilters.parse({ period: 'quarter', quarter: '2025-Q1', team: [south] }),
				new Date('2025-04-15T12:00:00Z')
			);
			const row = findTable(report, 'complaints_by_team')!.rows.find((r) => r.key === south)!;
			return row.cells.map((c) => (c.suppressed ? 'x' : c.value));
		};
		expect(southRow()).toEqual([5, 0, 5]);
		makeComplaint(await youngPersonInTeam(south), { kind: 'advocate', message: '' }, NOW);
		// One request for an advocate could name a child: withheld, and nothing it could be worked out from.
		const withheld = southRow();
		expect(withheld[1]).toBe('x');
		expect(withheld.filter((c) => c === 'x').length).toBeGreaterThan(1);
	});
});
