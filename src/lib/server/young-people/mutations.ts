import { and, eq, isNull } from 'drizzle-orm';
import { transaction } from '../db';
import { aboutMe, allocations, youngPeople } from '../db/schema';

/** The young person has seen who their new worker is. */
export async function acknowledgeNewWorker(youngPersonId: string): Promise<void> {
	await transaction((tx) =>
		tx
			.update(allocations)
			.set({ announced: true })
			.where(and(eq(allocations.youngPersonId, youngPersonId), isNull(allocations.endedAt)))
	);
}

interface AboutMeWords {
	likes: string;
	important: string;
	support: string;
	tiredOfRepeating: string;
}

/** "About me" is the young person's own page; only they write it. */
export async function saveAboutMe(
	youngPersonId: string,
	words: AboutMeWords,
	now = new Date()
): Promise<void> {
	await transaction((tx) =>
		tx
			.insert(aboutMe)
			.values({ youngPersonId, ...words, updatedAt: now })
			.onConflictDoUpdate({ target: aboutMe.youngPersonId, set: { ...words, updatedAt: now } })
	);
}

export interface Preferences {
	textSize: 'normal' | 'large' | 'larger';
	simpleMode: boolean;
	readAloud: boolean;
	/** Home screen name and icon: "Notes" and a notebook instead of Heard's own. */
	discreetApp: boolean;
}

export async function savePreferences(
	youngPersonId: string,
	preferences: Preferences
): Promise<void> {
	await transaction((tx) =>
		tx.update(youngPeople).set(preferences).where(eq(youngPeople.id, youngPersonId))
	);
}

/** Low data: pictures and voice notes wait for a tap before they are downloaded. */
export async function saveLowData(youngPersonId: string, lowData: boolean): Promise<void> {
	await transaction((tx) =>
		tx.update(youngPeople).set({ lowData }).where(eq(youngPeople.id, youngPersonId))
	);
}
