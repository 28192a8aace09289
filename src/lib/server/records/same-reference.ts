import { and, eq, ne, sql } from 'drizzle-orm';
import type { Reader, Tx } from '../db';
import { youngPeople } from '../db/schema';

/**
 * A case reference another record already has (letter case and spaces aside), archived or not.
 * Not refused outright: brothers and sisters can share a family's reference. But a reference
 * typed twice is more often the same child made twice, and then their words would be split over
 * two records with two workers, so the administrator is asked to say it is someone else.
 */
export async function isReferenceTaken(
	tx: Tx | Reader,
	reference: string,
	exceptId?: string
): Promise<boolean> {
	const same = sql`lower(trim(${youngPeople.caseReference})) = ${reference.trim().toLowerCase()}`;
	const rows = await tx
		.select({ id: youngPeople.id })
		.from(youngPeople)
		.where(exceptId ? and(same, ne(youngPeople.id, exceptId)) : same)
		.limit(1);
	return rows.length > 0;
}

/** Whether a record's edit gives it a reference another record has: unchanged, it was settled. */
export async function isReferenceNewlyTaken(
	tx: Tx | Reader,
	reference: string,
	id: string
): Promise<boolean> {
	const own = (
		await tx
			.select({ reference: youngPeople.caseReference })
			.from(youngPeople)
			.where(eq(youngPeople.id, id))
			.limit(1)
	)[0]?.reference;
	if (own !== undefined && sameReference(own, reference)) return false;
	return await isReferenceTaken(tx, reference, id);
}

const sameReference = (one: string, other: string) =>
	one.trim().toLowerCase() === other.trim().toLowerCase();
