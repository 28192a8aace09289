import { describe, expect, it } from 'vitest';
import { currentTemplate } from '$lib/templates';
import { clashesSoFar } from '$lib/server/db/transaction-pg';
import { submitStatement } from '$lib/server/statements/mutations';
import { allocate, createStaff, createTeam, createYoungPerson } from '$tests/fixtures';

/**
 * SERIALIZABLE refuses one of two transactions that each read what the other writes, and Heard
 * runs the refused one again, a few times at most. Sends that clash by their own shape (a read
 * of the form key's index page before the insert: every key shares one page while the table is
 * small) would clash at every busy moment, and now and then one would run out of tries: a young
 * person told their words were not sent.
 */
describe('many young people sending at the same moment', () => {
	it('are stored without running one another again', async () => {
		const team = await createTeam();
		const worker = await createStaff(['worker']);
		const youngPeople = await Promise.all(
			Array.from({ length: 4 }, (_, i) =>
				createYoungPerson({ teamId: team, preferredName: `P${i}` })
			)
		);
		for (const youngPerson of youngPeople) await allocate(youngPerson, worker.id);

		const before = clashesSoFar();
		const sent = await Promise.all(
			Array.from({ length: 40 }, (_, i) =>
				submitStatement(youngPeople[i % 4]!, 'actor', {
					template: currentTemplate('good_news'),
					answers: { what: `Statement ${i}` },
					consentToShare: false,
					idempotencyKey: `at-once-${i}-${'k'.repeat(20)}`,
					meetingId: null
				})
			)
		);

		expect(new Set(sent.map((s) => s.id)).size).toBe(40);
		// Ten connections in one pool: with the read-before-insert, dozens clashed here.
		expect(clashesSoFar() - before).toBeLessThan(5);
	});
});
