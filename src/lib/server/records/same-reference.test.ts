import { describe, expect, it } from 'vitest';
import { createStaff, createTeam } from '$tests/fixtures';
import { recordWith, withReference } from '$tests/fixtures/record-form';
import { createYoungPersonRecord, updateYoungPersonRecord } from './mutations';

describe('a case reference another record already has', () => {
	it('is refused for a new record until the administrator says it is someone else', async () => {
		const admin = await createStaff(['admin']);
		const team = await createTeam();
		const first = await createYoungPersonRecord(admin, recordWith('FAM-77', team), null, 'k-one');
		expect(first.ok).toBe(true);

		const again = recordWith(' fam-77 ', team, 'Rowan');
		expect(await createYoungPersonRecord(admin, again, null, 'k-two')).toEqual({
			ok: false,
			field: 'caseReference',
			error: 'reference_taken'
		});
		expect(await withReference(' fam-77 ')).toHaveLength(0);

		const sibling = await createYoungPersonRecord(
			admin,
			{ ...again, sameReference: true },
			null,
			'k-three'
		);
		expect(sibling.ok).toBe(true);
		// The same form sent twice is still one record, not a question about its own reference.
		expect(await createYoungPersonRecord(admin, recordWith('FAM-77', team), null, 'k-one')).toEqual(
			first
		);
	});

	it('is refused when an edit gives a record another’s reference, but not for keeping its own', async () => {
		const admin = await createStaff(['admin']);
		const team = await createTeam();
		const one = await createYoungPersonRecord(admin, recordWith('REF-A', team), null);
		const two = await createYoungPersonRecord(admin, recordWith('REF-B', team, 'Rowan'), null);
		if (!one.ok || !two.ok) throw new Error('records not made');

		expect(
			await updateYoungPersonRecord(admin, two.id, recordWith('ref-a', team, 'Rowan'))
		).toEqual({ ok: false, field: 'caseReference', error: 'reference_taken' });
		expect((await withReference('REF-B'))[0]?.id).toBe(two.id);
		const shared = { ...recordWith('REF-A', team, 'Rowan'), sameReference: true };
		expect((await updateYoungPersonRecord(admin, two.id, shared)).ok).toBe(true);

		// Shared once, on purpose: later edits of either record are not asked again.
		const renamed = recordWith('REF-A', team, 'Rowan Lee');
		expect((await updateYoungPersonRecord(admin, two.id, renamed)).ok).toBe(true);
		expect((await updateYoungPersonRecord(admin, one.id, recordWith('REF-A', team))).ok).toBe(true);
	});
});
