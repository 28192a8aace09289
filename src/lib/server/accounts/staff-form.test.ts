import { describe, expect, it } from 'vitest';
import { readStaffForm } from './staff-form';

const TEAMS = ['team-north', 'team-south'];

function staffForm(roles: string[], teams: Record<string, string> = {}) {
	const form = new FormData();
	form.set('email', 'new.worker@glenbrae.example');
	form.set('displayName', 'New Worker');
	form.set('firstName', 'New');
	for (const role of roles) form.append('roles', role);
	for (const [id, role] of Object.entries(teams)) form.set(`team_${id}`, role);
	return form;
}

describe('a staff account, new or already made', () => {
	it('refuses a worker in no team, saying so beside the teams', () => {
		const read = readStaffForm(staffForm(['worker']), TEAMS);
		expect(read).toMatchObject({ ok: false, errors: { teams: 'worker_needs_team' } });
	});

	it('refuses a worker when there is no team to put them in yet, and says to add one', () => {
		const read = readStaffForm(staffForm(['worker']), []);
		expect(read).toMatchObject({ ok: false, errors: { teams: 'worker_needs_a_team_first' } });
	});

	it('reports the missing team with any other mistake, so both are shown at once', () => {
		const form = staffForm(['worker']);
		form.set('email', 'not-an-email');
		const read = readStaffForm(form, TEAMS);
		expect(read).toMatchObject({
			ok: false,
			errors: { teams: 'worker_needs_team', email: 'email_invalid' }
		});
	});

	it('takes a worker given a team, and a participation lead with none', () => {
		const worker = readStaffForm(staffForm(['worker'], { 'team-south': 'worker' }), TEAMS);
		expect(worker).toMatchObject({
			ok: true,
			memberships: [{ teamId: 'team-south', teamRole: 'worker' }]
		});
		const lead = readStaffForm(staffForm(['participation_lead']), TEAMS);
		expect(lead.ok).toBe(true);
	});

	it('ignores a team that does not exist', () => {
		const read = readStaffForm(staffForm(['worker'], { 'team-made-up': 'worker' }), TEAMS);
		expect(read).toMatchObject({ ok: false, errors: { teams: 'worker_needs_team' } });
	});
});
