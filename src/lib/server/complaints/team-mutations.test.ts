import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { ReportFilters } from '$lib/reports/filters';
import { m } from '$lib/paraglide/messages.js';
import type { SessionUser } from '../auth/session';
import { db } from '../db';
import { auditEvents, complaintUpdates, mailOutbox } from '../db/schema';
import { drawInLocale } from '../languages/request-locale';
import { buildReport, findTable } from '../reports/report';
import { addToTeam, createStaff, createTeam } from '$tests/fixtures';
import {
	auditOf,
	createComplaintsTeams,
	setComplaintsTeam as setTeam,
	youngPersonInTeam as inTeam
} from '$tests/fixtures/complaints';
import { makeComplaint } from './mutations';
import { listOwnComplaints } from './queries';
import { markComplaint, openComplaint } from './team-mutations';
import { listComplaintsForTeam } from './team-queries';

const NOW = new Date('2025-02-12T10:00:00Z'); // a Wednesday
let team: string;
let complaintsTeam: string;
let reader: SessionUser & { email: string };
const youngPersonInTeam = (teamId = team) => inTeam(teamId);

beforeAll(async () => ({ team, complaintsTeam, reader } = await createComplaintsTeams()));

describe('the complaints team', () => {
	it('reads a complaint (audited), marks it, and the young person sees where it is', async () => {
		await setTeam(complaintsTeam);
		const actor = await youngPersonInTeam();
		const made = await makeComplaint(
			actor,
			{ kind: 'complaint', message: 'My worker never calls back' },
			NOW
		);
		if (!made.ok) throw new Error(made.reason);
		expect((await listComplaintsForTeam(reader))!.map((c) => c.id)).toContain(made.id);

		const opened = (await openComplaint(reader, made.id, NOW))!;
		expect(opened).toMatchObject({ name: 'Robin', message: 'My worker never calls back' });
		const later = new Date(NOW.getTime() + 60_000);
		expect(
			await markComplaint(reader, made.id, 'in_touch', 'I will phone you on Friday.', later)
		).toEqual({
			ok: true
		});
		expect(await auditOf(made.id)).toEqual([
			['complaint_made', actor.id],
			['complaint_read', reader.id],
			['complaint_marked', reader.id]
		]);
		// The audit log records the status, never the note.
		const marked = (
			await db()
				.select()
				.from(auditEvents)
				.where(eq(auditEvents.action, 'complaint_marked'))
				.limit(1)
		)[0]!;
		expect(JSON.stringify(marked.detail)).not.toContain('Friday');
		expect((await listOwnComplaints(actor)).asked[0]).toMatchObject({
			status: 'in_touch',
			note: 'I will phone you on Friday.'
		});
	});

	it('keeps one update when the same mark is sent twice (a double click, a retried page)', async () => {
		await setTeam(complaintsTeam);
		const made = await makeComplaint(
			await youngPersonInTeam(),
			{ kind: 'complaint', message: '' },
			NOW
		);
		if (!made.ok) throw new Error(made.reason);
		const updates = async () =>
			await db().select().from(complaintUpdates).where(eq(complaintUpdates.complaintId, made.id));
		const later = new Date(NOW.getTime() + 60_000);
		expect(await markComplaint(reader, made.id, 'in_touch', 'Phoning Friday', NOW)).toEqual({
			ok: true
		});
		expect(await markComplaint(reader, made.id, 'in_touch', 'Phoning Friday', later)).toEqual({
			ok: true
		});
		expect(await updates()).toHaveLength(1);
		expect(
			(await auditOf(made.id)).filter(([action]) => action === 'complaint_marked')
		).toHaveLength(1);
		// A different note, or a new status, is a new update.
		await markComplaint(reader, made.id, 'in_touch', 'Phoned, no answer', later);
		await markComplaint(reader, made.id, 'resolved', 'Phoned, no answer', later);
		expect((await updates()).map((u) => [u.status, u.note])).toEqual([
			['in_touch', 'Phoning Friday'],
			['in_touch', 'Phoned, no answer'],
			['resolved', 'Phoned, no answer']
		]);
	});

	it('finds nothing for the worker, a member of another team or an administrator', async () => {
		await setTeam(complaintsTeam);
		const actor = await youngPersonInTeam();
		const made = await makeComplaint(actor, { kind: 'complaint', message: 'secret' }, NOW);
		if (!made.ok) throw new Error(made.reason);
		const outsiders = [
			await createStaff(['worker']),
			await createStaff(['manager']),
			await createStaff(['admin'])
		];
		await addToTeam(team, outsiders[1]!.id, 'manager');
		for (const outsider of outsiders) {
			expect(await listComplaintsForTeam(outsider)).toBeNull();
			expect(await openComplaint(outsider, made.id, NOW)).toBeNull();
			expect(await markComplaint(outsider, made.id, 'resolved', '', NOW)).toEqual({
				ok: false,
				reason: 'not_found'
			});
		}
		expect(await auditOf(made.id)).toEqual([['complaint_made', actor.id]]);
	});

	it('is written for the complaints team in English, whatever language the young person reads', async () => {
		await setTeam(complaintsTeam, 'polish-reader@council.example');
		const actor = await youngPersonInTeam();
		// As on a page drawn in Polish: the young person's own request, in their language.
		await drawInLocale(new Request('http://heard.example/me/not-happy'), 'pl', async () => {
			expect(m.not_happy_title()).not.toBe(m.not_happy_title({}, { locale: 'en' }));
			await makeComplaint(actor, { kind: 'complaint', message: 'nikt nie słucha' }, NOW);
			return new Response();
		});
		const mail = (
			await db()
				.select()
				.from(mailOutbox)
				.where(eq(mailOutbox.to, 'polish-reader@council.example'))
				.limit(1)
		)[0]!;
		expect(mail.subject).toBe('Heard: something is waiting for the complaints team');
		expect(mail.body).toContain('Sign in to read it');
		expect(mail.body).not.toContain('nikt nie słucha');
	});

	it('is counted in the participation report with small numbers withheld', async () => {
		await setTeam(complaintsTeam);
		const south = await createTeam('South');
		// The next quarter, in which only South's young people complain.
		const may = new Date('2025-05-14T10:00:00Z');
		for (let i = 0; i < 5; i++)
			await makeComplaint(await youngPersonInTeam(south), { kind: 'complaint', message: '' }, may);
		const southRow = async () => {
			const report = await buildReport(
				ReportFilters.parse({ period: 'quarter', quarter: '2025-Q2', team: [south] }),
				new Date('2025-07-15T12:00:00Z')
			);
			// The report for South is South's row of the report for every team, and nothing else.
			const table = findTable(report, 'complaints_by_team')!;
			expect(table.rows.map((r) => r.key)).toEqual([south]);
			return table.rows[0]!.cells.map((c) => (c.suppressed ? 'x' : c.value));
		};
		expect(await southRow()).toEqual([5, 0, 5]);
		await makeComplaint(await youngPersonInTeam(south), { kind: 'advocate', message: '' }, may);
		// One request for an advocate could name a child: withheld, and nothing it could be worked out from.
		const withheld = await southRow();
		expect(withheld[1]).toBe('x');
		expect(withheld.filter((c) => c === 'x').length).toBeGreaterThan(1);
	});
});
