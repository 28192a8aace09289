/**
 * Statements written with no signal wait here, on the phone (IndexedDB), until they can be
 * sent. Each keeps the idempotency key of the form it came from, so however many times it is
 * tried the server stores it once (docs/adr/0005, 0032); a recording waits with its words, as
 * the File itself. Used by the say form, which adds to
 * it, and by the service worker, which sends from it.
 */
export interface QueuedSend {
	/** The form's idempotency key. */
	key: string;
	/** The young person's record id: only their own signed-in phone sends it. */
	owner: string;
	kind: string;
	fields: [string, string][];
	/** Voice notes recorded with no signal, each under its question's field (ADR 37). */
	files?: [string, File][];
	queuedAt: number;
	/**
	 * Refused by the server, and too much even to keep there as a draft: it is not sent again but
	 * waits here until its form, opened, takes the words back (service-worker/send.ts).
	 */
	givenBack?: boolean;
}

/**
 * A queued send that has been stored, until a page of its young person has said "Sent!": the
 * service worker may send it while no page is open to hear (Heard closed, then opened again).
 * Where to see it, never the words.
 */
export interface SentNote {
	key: string;
	owner: string;
	location: string;
	/** Given back to its form to change, not stored (service-worker/send.ts). */
	returned?: boolean;
}

const DATABASE = 'heard-offline';
const SENDS = 'sends';
const SENT = 'sent';
// Version 2 added the sent notes.
const VERSION = 2;

function openQueue(): Promise<IDBDatabase> {
	return new Promise((resolve, reject) => {
		const request = indexedDB.open(DATABASE, VERSION);
		request.onupgradeneeded = () => {
			const names = request.result.objectStoreNames;
			if (!names.contains(SENDS)) request.result.createObjectStore(SENDS, { keyPath: 'key' });
			if (!names.contains(SENT)) request.result.createObjectStore(SENT, { keyPath: 'key' });
		};
		request.onsuccess = () => resolve(request.result);
		request.onerror = () => reject(request.error);
	});
}

async function inStore<T>(
	mode: IDBTransactionMode,
	use: (store: IDBObjectStore) => IDBRequest<T>,
	name = SENDS
): Promise<T> {
	const database = await openQueue();
	try {
		return await new Promise<T>((resolve, reject) => {
			const transaction = database.transaction(name, mode);
			const request = use(transaction.objectStore(name));
			// Resolved once the transaction is on disk, not when the request is answered.
			transaction.oncomplete = () => resolve(request.result);
			transaction.onerror = () => reject(transaction.error);
			transaction.onabort = () => reject(transaction.error);
		});
	} finally {
		database.close();
	}
}

export const addToQueue = (item: QueuedSend) => inStore('readwrite', (s) => s.put(item));
export const listQueue = () => inStore<QueuedSend[]>('readonly', (s) => s.getAll());
export const removeFromQueue = (key: string) => inStore('readwrite', (s) => s.delete(key));

/** Kept on the phone for its form to take back, and never sent again as it is. */
export const giveBackOnPhone = (item: QueuedSend) =>
	inStore('readwrite', (s) => s.put({ ...item, givenBack: true }));

/** The words of this form given back on the phone, if any wait (the oldest first). */
export async function findGivenBack(owner: string, kind: string): Promise<QueuedSend | null> {
	const queued = await listQueue();
	const mine = queued.filter(
		(item) => item.givenBack && item.owner === owner && item.kind === kind
	);
	return mine.sort((a, b) => a.queuedAt - b.queuedAt)[0] ?? null;
}

export const noteSent = (note: SentNote) => inStore('readwrite', (s) => s.put(note), SENT);
export const forgetSent = (key: string) => inStore('readwrite', (s) => s.delete(key), SENT);

/** The young person's sent notes not yet shown, taken so each is shown once; others' stay. */
export async function takeSent(owner: string, except: ReadonlySet<string>): Promise<SentNote[]> {
	const notes = (await inStore<SentNote[]>('readonly', (s) => s.getAll(), SENT)).filter(
		(note) => note.owner === owner && !except.has(note.key)
	);
	for (const note of notes) await forgetSent(note.key);
	return notes;
}
