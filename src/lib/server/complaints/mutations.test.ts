import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { ReportFilters } from '$lib/reports/filters';
import type { SessionUser } from '../auth/session';
import { db } from '../db';
import { auditEvents, complaints, mailOutbox } from '../db/schema';
import { buildReport, findTable } from '../reports/report';
import { setSetting } from '../settings';
import { allocate, createStaff, createTeam, createYoungPerson } from '$tests/fixtures';
import { createYoungPersonUser } from '$tests/fixtures/reports';
import { makeComplaint } from './mutations';
import { listOwnComplaints } from './queries';

const NOW = new Date('2025-02-12T10:00:00Z'); // a Wednesday
let team: string;
const child = (): SessionUser => ({
	id: createYoungPersonUser(),
	displayName: 'Robin',
	firstName: 'Robin',
	roles: ['young_person']
});
const setContact = (address: string) =>
	db().transaction((tx) => setSetting(tx, 'complaintsEmail', address));

async function youngPersonInTeam(teamId = team): Promise<SessionUser> {
	const actor = child();
	const worker = await createStaff(['worker']);
	allocate(createYoungPerson({ teamId, userId: actor.id, preferredName: 'Robin' }), worker.id);
	return actor;
}

beforeAll(() => {
	team = createTeam('North');
});

describe('makeComplaint', () => {
	it('refuses, storing nothing, when no complaints contact is set', async () => {
		setContact('');
		const actor = await youngPersonInTeam();
		expect(makeComplaint(actor, 'complaint', 'nobody listens', NOW)).toEqual({
			ok: false,
			reason: 'no_contact'
		});
		expect(listOwnComplaints(actor)).toEqual([]);
	});

	it('stores it, audits it and mails the contact in one go, with a date to answer by', async () => {
		setContact('complaints@council.example');
		const actor = await youngPersonInTeam();
		const result = makeComplaint(actor, 'advocate', 'I want someone at my review', NOW);
		if (!result.ok) throw new Error(result.reason);
		// 5 working days from a Wednesday is the next Wednesday.
		expect(result.replyBy.toISOString().slice(0, 10)).toBe('2025-02-19');
		const stored = db().select().from(complaints).where(eq(complaints.id, result.id)).get()!;
		expect(stored).toMatchObject({ kind: 'advocate', sentTo: 'complaints@council.example' });
		const audit = db().select().from(auditEvents).where(eq(auditEvents.subjectId, result.id)).all();
		expect(audit.map((a) => [a.action, a.actorId])).toEqual([['complaint_made', actor.id]]);
		// The audit log holds the kind, never the words.
		expect(JSON.stringify(audit[0]!.detail)).not.toContain('review');
		const mail = db()
			.select()
			.from(mailOutbox)
			.where(eq(mailOutbox.to, 'complaints@council.example'))
			.all();
		expect(mail).toHaveLength(1);
		expect(mail[0]!.body).toContain('I want someone at my review');
		expect(mail[0]!.body).toContain('Robin');
		expect(mail[0]!.holdsLink).toBe(true);
		expect(listOwnComplaints(actor).map((c) => c.id)).toEqual([result.id]);
	});

	it('is counted in the participation report with small numbers withheld', async () => {
		setContact('complaints@council.example');
		const south = createTeam('South');
		for (let i = 0; i < 5; i++) makeComplaint(await youngPersonInTeam(south), 'complaint', '', NOW);
		const southRow = () => {
			const report = buildReport(
				ReportFilters.parse({ period: 'quarter', quarter: '2025-Q1', team: [south] }),
				new Date('2025-04-15T12:00:00Z')
			);
			const row = findTable(report, 'complaints_by_team')!.rows.find((r) => r.key === south)!;
			return row.cells.map((c) => (c.suppressed ? 'x' : c.value));
		};
		expect(southRow()).toEqual([5, 0, 5]);
		makeComplaint(await youngPersonInTeam(south), 'advocate', '', NOW);
		// One request for an advocate could name a child: withheld, and nothing it could be worked out from.
		const withheld = southRow();
		expect(withheld[1]).toBe('x');
		expect(withheld.filter((c) => c === 'x').length).toBeGreaterThan(1);
	});
});
