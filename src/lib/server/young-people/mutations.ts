import { and, eq, isNull } from 'drizzle-orm';
import { db } from '../db';
import { aboutMe, allocations, youngPeople } from '../db/schema';

/** The young person has seen who their new worker is. */
export function acknowledgeNewWorker(youngPersonId: string): void {
	db()
		.update(allocations)
		.set({ announced: true })
		.where(and(eq(allocations.youngPersonId, youngPersonId), isNull(allocations.endedAt)))
		.run();
}

interface AboutMeWords {
	likes: string;
	important: string;
	support: string;
	tiredOfRepeating: string;
}

/** "About me" is the young person's own page; only they write it. */
export function saveAboutMe(youngPersonId: string, words: AboutMeWords, now = new Date()): void {
	db()
		.insert(aboutMe)
		.values({ youngPersonId, ...words, updatedAt: now })
		.onConflictDoUpdate({ target: aboutMe.youngPersonId, set: { ...words, updatedAt: now } })
		.run();
}

export interface Preferences {
	textSize: 'normal' | 'large' | 'larger';
	simpleMode: boolean;
	readAloud: boolean;
	/** Home screen name and icon: "Notes" and a notebook instead of Heard's own. */
	discreetApp: boolean;
}

export function savePreferences(youngPersonId: string, preferences: Preferences): void {
	db().update(youngPeople).set(preferences).where(eq(youngPeople.id, youngPersonId)).run();
}

/** Low data: pictures and voice notes wait for a tap before they are downloaded. */
export function saveLowData(youngPersonId: string, lowData: boolean): void {
	db().update(youngPeople).set({ lowData }).where(eq(youngPeople.id, youngPersonId)).run();
}
